import Curriculum

/// Soft (preference `early`): each period an occurrence of the session (of any session when none is
/// named) starts after its window opens costs the weight (checker rule `early`).
struct Early: StartCost {
    /// The session id the preference is about (nil: any).
    let session: String?
    let weight: Int
    let calendar: PeriodCalendar

    init(session: String?, weight: Int, calendar: PeriodCalendar) {
        self.session = session
        self.weight = weight
        self.calendar = calendar
    }

    /// Whether the preference is about session `id`.
    func applies(to id: String) -> Bool { session.map { $0 == id } ?? true }

    func cost(start: Int, length: Int) -> Int { weight * (start - calendar.windowFirstPeriod[start]) }
}
