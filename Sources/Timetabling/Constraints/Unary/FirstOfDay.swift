import Curriculum

/// Hard: the session starts when its date's first window opens, at the date's first period
/// (checker rule `first-of-day`).
struct FirstOfDay: StartRestriction {
    let reason: UnplaceableEvent.Reason
    let calendar: PeriodCalendar

    init(location: SourceLocation, calendar: PeriodCalendar) {
        reason = .init(message: "it must start when the day opens", location: location)
        self.calendar = calendar
    }

    func allows(start: Int, length: Int) -> Bool { start == 0 || calendar.day[start - 1] != calendar.day[start] }
}
