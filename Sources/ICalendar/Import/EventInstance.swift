import Curriculum

/// One instance of a VEVENT after recurrence expansion and overrides.
struct EventInstance {
    /// Seconds since 1970-01-01T00:00:00Z; `end` excluded.
    var start: Int
    var end: Int
    /// For an all-day instance, its first date and number of dates; nil for a timed one.
    var firstDate: LocalDate?
    var dayCount: Int
    var summary: String
    /// The line of the event's `BEGIN:VEVENT` in its file, when known.
    var line: Int?
    /// TRANSP:TRANSPARENT (shown as free time).
    var transparent: Bool
}
