import Curriculum

/// Hard: a cohort with stays is taught only on the dates of a stay ("November in Ravenna, then
/// Cluny"), judged by an occurrence's first date (checker rule `stay`; its venue is ``CommonVenue``'s).
struct CohortStay: StartRestriction {
    let reason: UnplaceableEvent.Reason
    /// The cohort's venue on each day (see ``venues(of:dates:venueIndex:)``).
    let venueByDay: [Int]
    let calendar: PeriodCalendar

    init(cohort: Cohort, venueByDay: [Int], calendar: PeriodCalendar) {
        reason = .init(message: "cohort \(cohort.name) has no stay on some dates", location: cohort.stays.first?.location ?? cohort.location)
        self.venueByDay = venueByDay
        self.calendar = calendar
    }

    /// The venue required of `cohort` on each of `dates`: -1 any (no stays, or a stay at an unknown
    /// venue), -2 none (no stay covers the date), else the venue index of its stay.
    static func venues(of cohort: Cohort, dates: [LocalDate], venueIndex: [String: Int]) -> [Int] {
        dates.map { date in
            if cohort.stays.isEmpty { return -1 }
            guard let stay = cohort.stays.first(where: { date >= $0.from && date <= $0.to }) else { return -2 }
            return venueIndex[stay.venue] ?? -1
        }
    }

    func allows(start: Int, length: Int) -> Bool { venueByDay[calendar.day[start]] != -2 }
}
