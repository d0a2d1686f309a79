import Curriculum

/// Hard: an occurrence takes place at a venue open throughout it, the one its cohorts stay at then
/// when they stay somewhere (checker rules `opening-hours`, `stay`). Used when the programme has no rooms.
struct VenueOpen: StartRestriction {
    let reason: UnplaceableEvent.Reason
    /// The periods each venue is open, by venue index.
    let open: [PeriodMask]
    let venue: CommonVenue

    init(session: Session, open: [PeriodMask], venue: CommonVenue) {
        reason = .init(message: "no venue is open at some times", location: session.location)
        self.open = open
        self.venue = venue
    }

    /// The first venue open throughout the run, among those allowed by the cohorts' stays.
    func openVenue(start: Int, length: Int) -> Int? {
        let required = venue.venue(at: start)
        return open.indices.first { v in (required < 0 || v == required) && open[v].containsAll(start: start, length: length) }
    }

    func allows(start: Int, length: Int) -> Bool { openVenue(start: start, length: length) != nil }
}
