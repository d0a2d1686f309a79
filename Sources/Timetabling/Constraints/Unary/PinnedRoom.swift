import Curriculum

/// Hard: a pinned occurrence whose pin names a room uses that room (checker rule `pin`).
struct PinnedRoom: RoomRestriction {
    let reason: UnplaceableEvent.Reason
    /// The room's index, nil when the programme has no such room (then no room is allowed).
    let index: Int?

    init(occurrence: Int, pin: Pin, room: String, index: Int?) {
        reason = .init(message: "occurrence \(occurrence) is \(pin.reason ?? "pinned"): room \(room)", location: pin.location)
        self.index = index
    }

    func allows(room: Int) -> Bool { room == index }
}
