import Curriculum

/// Hard: an occurrence has a candidate room that is open throughout it and at the venue its cohorts
/// stay at then (checker rules `room-venue`, `opening-hours`, `stay`). Used when the programme has rooms.
struct RoomOpen: StartRestriction {
    let reason: UnplaceableEvent.Reason
    /// The candidate rooms, with the periods each is open and its venue index (-1 unknown).
    let rooms: [(open: PeriodMask, venue: Int)]
    let venue: CommonVenue

    init(session: Session, rooms: [(open: PeriodMask, venue: Int)], venue: CommonVenue) {
        reason = .init(message: "no candidate room is open at some times (or at the cohort's venue)", location: session.location)
        self.rooms = rooms
        self.venue = venue
    }

    func allows(start: Int, length: Int) -> Bool {
        let v = venue.venue(at: start)
        return rooms.contains { $0.open.containsAll(start: start, length: length) && (v < 0 || $0.venue == v) }
    }
}
