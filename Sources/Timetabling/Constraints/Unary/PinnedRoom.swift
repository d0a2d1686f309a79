import Curriculum

/// Hard: a pinned occurrence whose pin names a room uses that room (checker rule `pin`).
struct PinnedRoom: RoomRestriction {
    let reason: UnplaceableEvent.Reason
    /// The room's index, nil when the programme has no such room (then no room is allowed).
    let index: Int?

    init(occurrence: Int, pin: Pin, room: String, index: Int?) {
        let message = pin.reason.map { "occurrence \(occurrence) is \($0): room \(room)" } ?? "occurrence \(occurrence) is pinned to room \(room)"
        reason = .init(message: message, location: pin.location)
        self.index = index
    }

    func allows(room: Int) -> Bool { room == index }
}
