/// A group of participants who follow sessions together (a promotion, an association's team).
public struct Cohort: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// Participants.
    public var size: Int
    /// Where the cohort is taught, by period ("November in Ravenna, then Cluny"); empty means anywhere.
    public var stays: [Stay]
    /// Days spent travelling between stays: no teaching for the cohort on these dates.
    public var travelDays: [TravelDay]
    /// When the cohort may be taught each week (its weekly rhythm); empty means whenever open.
    public var rhythm: [TimeSpec]
    /// How many half-days a week the cohort is taught.
    public var weeklyLoad: WeeklyLoad?
    public var location: SourceLocation

    public init(
        id: String, name: String, size: Int, stays: [Stay] = [], travelDays: [TravelDay] = [], rhythm: [TimeSpec] = [],
        weeklyLoad: WeeklyLoad? = nil, location: SourceLocation = .synthetic("cohort")
    ) {
        self.id = id
        self.name = name
        self.size = size
        self.stays = stays
        self.travelDays = travelDays
        self.rhythm = rhythm
        self.weeklyLoad = weeklyLoad
        self.location = location
    }
}

/// A cohort's stay at one venue, from one date to another (both included).
public struct Stay: Hashable, Sendable, Codable {
    public var venue: String
    public var from: LocalDate
    public var to: LocalDate
    public var location: SourceLocation

    public init(venue: String, from: LocalDate, to: LocalDate, location: SourceLocation = .synthetic("stay")) {
        self.venue = venue
        self.from = from
        self.to = to
        self.location = location
    }
}

/// A date on which a cohort travels from one venue to another.
public struct TravelDay: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var from: String
    public var to: String
    public var location: SourceLocation

    public init(date: LocalDate, from: String, to: String, location: SourceLocation = .synthetic("travel day")) {
        self.date = date
        self.from = from
        self.to = to
        self.location = location
    }
}

/// Bounds on the number of half-days (opening windows) a cohort is taught in each ISO week.
///
/// A week only partly inside the programme (or with closures) is bounded by the windows it has left.
public struct WeeklyLoad: Hashable, Sendable, Codable {
    public var minimum: Int?
    public var maximum: Int?
    public var location: SourceLocation

    public init(minimum: Int? = nil, maximum: Int? = nil, location: SourceLocation = .synthetic("weekly load")) {
        self.minimum = minimum
        self.maximum = maximum
        self.location = location
    }
}
