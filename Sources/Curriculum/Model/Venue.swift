/// A place where sessions happen: a campus, a neighbourhood centre, a library.
public struct Venue: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var address: String?
    public var country: Country
    /// IANA time zone, e.g. `Europe/Paris`, `Europe/Rome`.
    public var timezone: String
    /// Own opening windows; nil uses the calendar's.
    public var windows: [TimeWindow]?
    /// Own opening weekdays; nil uses the calendar's.
    public var weekdays: [Weekday]?
    /// Travel time to other venues, in minutes (a cohort or trainer moving between them needs that gap).
    public var travel: [TravelTime]
    public var location: SourceLocation

    public init(
        id: String, name: String, address: String? = nil, country: Country, timezone: String,
        windows: [TimeWindow]? = nil, weekdays: [Weekday]? = nil, travel: [TravelTime] = [],
        location: SourceLocation = .synthetic("venue")
    ) {
        self.id = id
        self.name = name
        self.address = address
        self.country = country
        self.timezone = timezone
        self.windows = windows
        self.weekdays = weekdays
        self.travel = travel
        self.location = location
    }
}

/// The travel time from one venue to another.
public struct TravelTime: Hashable, Sendable, Codable {
    /// The other venue's id.
    public var venue: String
    public var minutes: Int
    public var location: SourceLocation

    public init(venue: String, minutes: Int, location: SourceLocation = .synthetic("travel")) {
        self.venue = venue
        self.minutes = minutes
        self.location = location
    }
}
