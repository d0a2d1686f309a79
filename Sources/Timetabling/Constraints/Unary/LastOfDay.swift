import Curriculum

/// Hard: the session ends when its last date's last window closes, at that date's last period
/// (checker rule `last-of-day`).
struct LastOfDay: StartRestriction {
    let reason: UnplaceableEvent.Reason
    let calendar: PeriodCalendar

    init(location: SourceLocation, calendar: PeriodCalendar) {
        reason = .init(message: "it must end when the day closes", location: location)
        self.calendar = calendar
    }

    func allows(start: Int, length: Int) -> Bool {
        let end = start + length
        return end == calendar.count || calendar.day[end] != calendar.day[end - 1]
    }
}
