/// A date without teaching, with the reason and the line that states it.
public struct ClosedDate: Hashable, Sendable {
    public var date: LocalDate
    /// What closes the date: a holiday's name (`Noël`), a break's name (`Winter break`), an event's summary.
    public var reason: String
    /// Venue id the closure applies to, or nil for every venue.
    public var venue: String?
    /// Where the closure is stated (the `closures` entry, or the `.ics` file).
    public var source: SourceLocation

    public init(date: LocalDate, reason: String, venue: String? = nil, source: SourceLocation) {
        self.date = date
        self.reason = reason
        self.venue = venue
        self.source = source
    }

    /// Whether the closure applies at `venue`.
    public func applies(to venue: String) -> Bool { self.venue == nil || self.venue == venue }

    /// Order of ``TeachingCalendar/closedDates``: by date, then whole-programme closures first, then
    /// venue, reason and source.
    static func precedes(_ a: ClosedDate, _ b: ClosedDate) -> Bool {
        (a.date, a.venue == nil ? 0 : 1, a.venue ?? "", a.reason, a.source)
            < (b.date, b.venue == nil ? 0 : 1, b.venue ?? "", b.reason, b.source)
    }
}
