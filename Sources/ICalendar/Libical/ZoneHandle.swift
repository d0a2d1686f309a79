/// Owns a libical time zone built by Cursus (a built-in zone renamed to its plain IANA TZID);
/// frees it in `deinit`.
final class ZoneHandle {
    let pointer: OpaquePointer
    /// The IANA name, which is also the TZID written in feeds.
    let location: String

    /// Loads `location` from the system tzdata; nil when the zone is unknown.
    init?(location: String) {
        guard let pointer = LibicalCalls.makePlainZone(location) else { return nil }
        self.pointer = pointer
        self.location = location
    }

    deinit { LibicalCalls.freeZone(pointer) }
}
