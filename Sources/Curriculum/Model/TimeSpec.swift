/// A set of times, used for availability, allowed windows and preferences.
///
/// A period matches when every stated part matches: its date is one of `dates` or inside `from…to`,
/// its weekday is one of `weekdays`, its window is one of `windows`, and it lies inside `start…end`.
/// An empty part matches everything.
public struct TimeSpec: Hashable, Sendable, Codable {
    public var dates: [LocalDate]
    public var from: LocalDate?
    public var to: LocalDate?
    public var weekdays: [Weekday]
    /// Window names (`morning`, `afternoon`, …).
    public var windows: [String]
    public var start: TimeOfDay?
    public var end: TimeOfDay?
    public var location: SourceLocation
    /// What the times are, when they come from elsewhere than the curriculum: the SUMMARY of the
    /// imported calendar event a busy time was read from.
    public var event: String?

    public init(
        dates: [LocalDate] = [], from: LocalDate? = nil, to: LocalDate? = nil, weekdays: [Weekday] = [],
        windows: [String] = [], start: TimeOfDay? = nil, end: TimeOfDay? = nil,
        location: SourceLocation = .synthetic("times"), event: String? = nil
    ) {
        self.dates = dates
        self.from = from
        self.to = to
        self.weekdays = weekdays
        self.windows = windows
        self.start = start
        self.end = end
        self.location = location
        self.event = event
    }

    /// Whether the interval `[startTime, endTime)` of `date`, in window `window`, lies in this set.
    public func contains(date: LocalDate, window: String?, startTime: TimeOfDay, endTime: TimeOfDay) -> Bool {
        if !dates.isEmpty || from != nil || to != nil {
            let inList = dates.contains(date)
            let inRange = (from != nil || to != nil) && (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
            if !(inList || inRange) { return false }
        }
        if !weekdays.isEmpty, !weekdays.contains(date.weekday) { return false }
        if !windows.isEmpty { guard let window, windows.contains(window) else { return false } }
        if let start, startTime < start { return false }
        if let end, endTime > end { return false }
        return true
    }
}
