/// An opening window on one teaching date at one venue, in the venue's local time.
public struct OpenWindow: Hashable, Sendable {
    public var date: LocalDate
    /// The window's name (`morning`, `afternoon`, …).
    public var window: String
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(date: LocalDate, window: String, start: TimeOfDay, end: TimeOfDay) {
        self.date = date
        self.window = window
        self.start = start
        self.end = end
    }

    /// Length of the window in minutes.
    public var minutes: Int { end.minutes - start.minutes }
}
