/// A reason why no teaching happens on some dates.
public struct Closure: Hashable, Sendable, Codable {
    public enum Kind: Hashable, Sendable, Codable {
        /// The public holidays of a country (`FR`, `IT`), with the regional ones of `region`
        /// (e.g. `ravenna` adds 23 July, Sant'Apollinare).
        case publicHolidays(country: Country, region: String?)
        /// A named break from `from` to `to`, both included (e.g. the winter break).
        case period(name: String, from: LocalDate, to: LocalDate)
        /// The all-day events of an iCalendar file (read by the ICalendar module).
        case calendarFile(path: String)
    }

    public var kind: Kind
    /// Venue id the closure applies to, or nil for the whole programme.
    public var venue: String?
    public var location: SourceLocation

    public init(kind: Kind, venue: String? = nil, location: SourceLocation = .synthetic("closure")) {
        self.kind = kind
        self.venue = venue
        self.location = location
    }
}

/// Countries whose public holidays Cursus computes.
public enum Country: String, Hashable, Sendable, Codable, CaseIterable {
    case france = "FR"
    case italy = "IT"
}
