/// A speaker, teacher or adviser.
public struct Trainer: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var organisation: String?
    /// The key the printed indexes sort the trainer by (`sort_as`), for a name without an obvious
    /// family name ("Framasoft (intervenant·es du module)"); nil: the family name, then given names.
    public var sortAs: String?
    /// When the trainer can teach; empty means whenever the programme is open.
    public var available: [TimeSpec]
    /// When the trainer cannot teach (subtracted from `available`).
    public var unavailable: [TimeSpec]
    /// An iCalendar file of busy times (read by the ICalendar module).
    public var busyCalendar: String?
    public var location: SourceLocation

    public init(
        id: String, name: String, organisation: String? = nil, available: [TimeSpec] = [], unavailable: [TimeSpec] = [],
        busyCalendar: String? = nil, sortAs: String? = nil, location: SourceLocation = .synthetic("trainer")
    ) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.available = available
        self.unavailable = unavailable
        self.busyCalendar = busyCalendar
        self.sortAs = sortAs
        self.location = location
    }
}
