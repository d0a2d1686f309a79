import Curriculum

/// Hard: a cohort is taught only inside its weekly rhythm (whenever open when it has none) and never
/// on one of its travel days (checker rules `cohort-rhythm` and `travel-day`).
struct CohortRhythm: StartRestriction {
    let reason: UnplaceableEvent.Reason
    /// Periods in which the cohort may be taught.
    let taught: PeriodMask

    init(cohort: Cohort, taught: PeriodMask) {
        reason = .init(
            message: "cohort \(cohort.name) is not taught at some times (weekly rhythm or travel days)", location: cohort.location)
        self.taught = taught
    }

    /// The periods in which `cohort` may be taught, computed once per cohort.
    static func taughtPeriods(of cohort: Cohort, in calendar: PeriodCalendar) -> PeriodMask {
        PeriodMask(count: calendar.count) { p in
            !cohort.travelDays.contains { $0.date == calendar.date[p] } && calendar.isOpen(p, available: cohort.rhythm, unavailable: [])
        }
    }

    func allows(start: Int, length: Int) -> Bool { taught.containsAll(start: start, length: length) }
}
