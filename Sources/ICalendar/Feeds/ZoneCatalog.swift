/// The time zones a set of feeds uses, each loaded once from the system tzdata, on the calling
/// thread, before any event is built (libical's first loads of a zone are not thread-safe).
struct ZoneCatalog {
    /// By IANA name; looked up only, never iterated.
    private let zones: [String: ZoneHandle]

    /// Loads every zone of `locations` (with who uses it, for the error).
    /// - Throws: `ICalendarError.unknownTimeZone` for a zone tzdata does not have.
    init(locations: [(zone: String, usedBy: String)]) throws {
        var zones: [String: ZoneHandle] = [:]
        for (location, user) in locations where zones[location] == nil {
            guard let zone = ZoneHandle(location: location) else { throw ICalendarError.unknownTimeZone(location, usedBy: user) }
            zones[location] = zone
        }
        self.zones = zones
    }

    /// The zone named `location`, which must have been loaded.
    func zone(_ location: String) -> ZoneHandle {
        guard let zone = zones[location] else { preconditionFailure("time zone \(location) was not loaded") }
        return zone
    }
}
