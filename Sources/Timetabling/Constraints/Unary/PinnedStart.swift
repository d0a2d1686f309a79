import Curriculum

/// Hard: a pinned occurrence starts on its pin's date and time (checker rule `pin`).
struct PinnedStart: StartRestriction {
    let reason: UnplaceableEvent.Reason
    let pin: Pin
    let calendar: PeriodCalendar

    /// - Parameter occurrence: 1-based occurrence number (see `Session.pin(of:)`).
    init(occurrence: Int, pin: Pin, calendar: PeriodCalendar) {
        let why = pin.reason ?? "pinned"
        reason = .init(message: "occurrence \(occurrence) is \(why): \(pin.date) \(pin.time)", location: pin.location)
        self.pin = pin
        self.calendar = calendar
    }

    func allows(start: Int, length: Int) -> Bool { calendar.date[start] == pin.date && calendar.start[start] == pin.time }
}
