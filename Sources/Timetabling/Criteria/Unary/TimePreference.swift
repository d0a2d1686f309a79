/// A time preference (preferred or avoided times) about one session, one trainer's sessions, or both.
protocol TimePreference: StartCost {
    /// The trainer id the preference is about (nil: any).
    var trainer: String? { get }
    /// The session id the preference is about (nil: any).
    var session: String? { get }
}

extension TimePreference {
    /// Whether the preference is about session `id` run by the trainers `trainerIDs`.
    func applies(to id: String, trainers trainerIDs: [String]) -> Bool {
        (session.map { $0 == id } ?? true) && (trainer.map { trainerIDs.contains($0) } ?? true)
    }
}
