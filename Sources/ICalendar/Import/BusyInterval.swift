/// A time when someone is busy, read from an iCalendar file (an event instance or a free/busy period).
public struct BusyInterval: Hashable, Sendable, Codable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var start: Int
    /// Seconds since 1970-01-01T00:00:00Z, excluded.
    public var end: Int
    /// An all-day event (its dates taken in the importer's time zone).
    public var allDay: Bool
    /// The event's SUMMARY; `busy` for a free/busy period.
    public var summary: String
    /// The line of the event (`BEGIN:VEVENT`) in its file; nil for a free/busy period or an event
    /// without UID.
    public var line: Int?

    public init(start: Int, end: Int, allDay: Bool, summary: String, line: Int? = nil) {
        self.start = start
        self.end = end
        self.allDay = allDay
        self.summary = summary
        self.line = line
    }

    public static func < (lhs: BusyInterval, rhs: BusyInterval) -> Bool {
        (lhs.start, lhs.end, lhs.summary, lhs.line ?? 0) < (rhs.start, rhs.end, rhs.summary, rhs.line ?? 0)
    }
}
