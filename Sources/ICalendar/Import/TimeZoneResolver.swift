/// Finds the zone of a TZID as calendar apps write them: a VTIMEZONE of the file, an IANA name, a
/// prefixed IANA name (`/freeassociation.sourceforge.net/Europe/Paris`, `/mozilla.org/20050126_1/Europe/Paris`),
/// or a Windows name (`Romance Standard Time`).
///
/// The zones it returns are borrowed from the calendar or from libical's built-in set.
struct TimeZoneResolver {
    let calendar: OpaquePointer

    /// nil when no zone matches.
    func zone(_ tzid: String) -> OpaquePointer? {
        if let zone = LibicalCalls.calendarZone(tzid, in: calendar) { return zone }
        let name = tzid.trimming("\"' ")
        if ["UTC", "GMT", "Z", "Etc/UTC", "Etc/GMT"].contains(name) { return LibicalCalls.utcZone() }
        if let iana = WindowsZones.ianaZone(for: name) {
            return iana == "UTC" ? LibicalCalls.utcZone() : LibicalCalls.builtinZone(iana)
        }
        let parts = name.split(separator: "/").map(String.init)
        for drop in 0..<max(parts.count - 1, 1) {
            let candidate = parts.dropFirst(drop).joined(separator: "/")
            if candidate.contains("/"), let zone = LibicalCalls.builtinZone(candidate) { return zone }
        }
        return nil
    }
}

private extension String {
    func trimming(_ set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result.removeFirst() }
        while let last = result.last, set.contains(last) { result.removeLast() }
        return String(result)
    }
}
