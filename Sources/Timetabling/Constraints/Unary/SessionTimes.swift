import Curriculum

/// Hard: an occurrence lies inside its session's `allowed` times (any time when empty) and meets none
/// of its `unavailable` times, in every period (checker rule `session-times`).
struct SessionTimes: StartRestriction {
    let reason: UnplaceableEvent.Reason
    /// Periods inside the allowed times and outside the unavailable ones.
    let open: PeriodMask

    init(session: Session, open: PeriodMask) {
        reason = .init(
            message: "the session's allowed and unavailable times exclude some starts",
            location: session.allowed.first?.location ?? session.location)
        self.open = open
    }

    /// The periods `session` may use, computed once per session.
    static func openPeriods(of session: Session, in calendar: PeriodCalendar) -> PeriodMask {
        calendar.mask(available: session.allowed, unavailable: session.unavailable)
    }

    func allows(start: Int, length: Int) -> Bool { open.containsAll(start: start, length: length) }
}
