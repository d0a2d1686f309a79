import Curriculum

/// Hard: a pinned occurrence starts on its pin's date and time (checker rule `pin`).
struct PinnedStart: StartRestriction {
    let reason: UnplaceableEvent.Reason
    let pin: Pin
    let calendar: PeriodCalendar

    /// - Parameter occurrence: 1-based occurrence number (see `Session.pin(of:)`).
    init(occurrence: Int, pin: Pin, calendar: PeriodCalendar) {
        let at = "\(pin.date) \(pin.time)"
        let message = pin.reason.map { "occurrence \(occurrence) is \($0): \(at)" } ?? "occurrence \(occurrence) is pinned to \(at)"
        reason = .init(message: message, location: pin.location)
        self.pin = pin
        self.calendar = calendar
    }

    func allows(start: Int, length: Int) -> Bool { calendar.date[start] == pin.date && calendar.start[start] == pin.time }
}
