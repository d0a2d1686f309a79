import Curriculum

/// Hard: each occurrence of a daily ritual starts at the ritual's time on its own teaching date (the
/// n-th occurrence on the n-th date kept; checker rule `daily-ritual`).
struct DailyRitual: StartRestriction {
    let reason: UnplaceableEvent.Reason
    let date: LocalDate
    let time: TimeOfDay
    let calendar: PeriodCalendar

    init(date: LocalDate, time: TimeOfDay, location: SourceLocation, calendar: PeriodCalendar) {
        reason = .init(message: "daily ritual on \(date) at \(time)", location: location)
        self.date = date
        self.time = time
        self.calendar = calendar
    }

    func allows(start: Int, length: Int) -> Bool { calendar.date[start] == date && calendar.start[start] == time }
}
