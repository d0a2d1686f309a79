/// A long fixed period that is not scheduled but is part of the programme (e.g. a professional
/// immersion from March to July); exported as an all-day event.
public struct Block: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var description: String?
    public var cohorts: [String]
    public var venue: String?
    public var from: LocalDate
    public var to: LocalDate
    public var location: SourceLocation

    public init(
        id: String, title: String, description: String? = nil, cohorts: [String] = [], venue: String? = nil,
        from: LocalDate, to: LocalDate, location: SourceLocation = .synthetic("block")
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.cohorts = cohorts
        self.venue = venue
        self.from = from
        self.to = to
        self.location = location
    }
}
