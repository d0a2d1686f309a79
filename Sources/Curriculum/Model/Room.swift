/// A room of a venue.
public struct Room: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    /// Venue id.
    public var venue: String
    /// Seats.
    public var capacity: Int
    public var location: SourceLocation

    public init(id: String, name: String, venue: String, capacity: Int, location: SourceLocation = .synthetic("room")) {
        self.id = id
        self.name = name
        self.venue = venue
        self.capacity = capacity
        self.location = location
    }
}
