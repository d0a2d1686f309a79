import Curriculum

/// Hard: the cohorts of a session stay at one venue on the date of an occurrence, which then takes
/// place there (checker rule `stay`; ``RoomOpen`` and ``VenueOpen`` pick the room or venue).
struct CommonVenue: StartRestriction {
    let reason: UnplaceableEvent.Reason
    /// The venue required on each day: -1 any, -2 none (the cohorts' stays disagree), else a venue index.
    let venueByDay: [Int]
    let calendar: PeriodCalendar

    /// - Parameter cohortVenues: each cohort's venue by day (see ``CohortStay/venues(of:dates:venueIndex:)``).
    init(session: Session, cohortVenues: [[Int]], calendar: PeriodCalendar) {
        reason = .init(message: "its cohorts stay at different venues on some dates", location: session.location)
        let days = (calendar.day.last ?? -1) + 1
        venueByDay = (0..<days).map { d in
            var v = -1
            for venues in cohortVenues {
                let w = venues[d]
                if w >= 0 { if v >= 0 && v != w { return -2 } else { v = w } }
            }
            return v
        }
        self.calendar = calendar
    }

    /// The venue required of an occurrence starting at period `start`: -1 any, -2 none, else a venue index.
    func venue(at start: Int) -> Int { venueByDay[calendar.day[start]] }

    func allows(start: Int, length: Int) -> Bool { venue(at: start) != -2 }
}
