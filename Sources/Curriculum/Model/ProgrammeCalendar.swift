/// When teaching may happen: the programme's dates, weekdays, opening windows and closures.
public struct ProgrammeCalendar: Hashable, Sendable, Codable {
    /// First and last date of the programme (both included).
    public var start: LocalDate
    public var end: LocalDate
    /// Teaching weekdays (default Monday to Friday).
    public var weekdays: [Weekday]
    /// Length of one period of the grid.
    public var grain: Grain
    /// Default opening windows of every teaching date (e.g. morning 09:00–12:30, afternoon 14:00–17:30).
    /// A venue may replace them with its own.
    public var windows: [TimeWindow]
    /// Per-date changes to the windows (opens later, closes at lunch, closed).
    public var overrides: [DateOverride]
    /// Dates without teaching: public holidays, named breaks, `.ics` holiday calendars.
    public var closures: [Closure]
    public var location: SourceLocation

    public init(
        start: LocalDate, end: LocalDate, weekdays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday],
        grain: Grain = .minutes(30), windows: [TimeWindow], overrides: [DateOverride] = [], closures: [Closure] = [],
        location: SourceLocation = .synthetic("calendar")
    ) {
        self.start = start
        self.end = end
        self.weekdays = weekdays
        self.grain = grain
        self.windows = windows
        self.overrides = overrides
        self.closures = closures
        self.location = location
    }
}

/// The length of a period of the grid.
public enum Grain: Hashable, Sendable, Codable {
    /// Fixed-length periods, e.g. 30 minutes; each window is cut into `window length / minutes` periods.
    case minutes(Int)
    /// One period per opening window (a half-day when the windows are a morning and an afternoon).
    case window
}

/// A named opening window of a day, in the venue's local time.
public struct TimeWindow: Hashable, Sendable, Codable {
    /// `morning`, `afternoon`, … (referred to by availability and allowed-time specs).
    public var name: String
    public var start: TimeOfDay
    public var end: TimeOfDay

    public init(name: String, start: TimeOfDay, end: TimeOfDay) {
        self.name = name
        self.start = start
        self.end = end
    }
}

/// A change to the opening windows of one date (optionally at one venue).
public struct DateOverride: Hashable, Sendable, Codable {
    public var date: LocalDate
    /// Venue id, or nil for every venue.
    public var venue: String?
    /// The windows that replace the default ones on that date; empty means closed.
    public var windows: [TimeWindow]
    public var location: SourceLocation

    public init(date: LocalDate, venue: String? = nil, windows: [TimeWindow], location: SourceLocation = .synthetic("override")) {
        self.date = date
        self.venue = venue
        self.windows = windows
        self.location = location
    }
}
