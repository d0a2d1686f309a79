public import Foundation

/// A wall-clock time on a date in an IANA time zone, resolved to an instant (DST-correct).
///
/// A time skipped by a spring-forward change (02:30 on 2023-03-26 in Paris) resolves one hour later
/// (03:30+02:00); a time repeated by a fall-back change (02:30 on 2023-10-29) resolves to its first
/// occurrence (+02:00). `date` and `time` are the wall time of the resolved instant, so they differ
/// from the requested ones only in those two cases and for `24:00`, which is 00:00 of the next date.
public struct ZonedDateTime: Hashable, Sendable {
    /// Local date of the instant in `zone`.
    public let date: LocalDate
    /// Local wall time of the instant in `zone`.
    public let time: TimeOfDay
    /// IANA zone name, e.g. `Europe/Paris`.
    public let zone: String
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int
    /// Offset from UTC at the instant, in seconds (3600 for CET, 7200 for CEST).
    public let offsetSeconds: Int

    /// Resolves `time` on `date` in `zone`; nil when `zone` is not a valid zone (see ``isValidZone(_:)``).
    public init?(date: LocalDate, time: TimeOfDay, zone: String) {
        guard ZonedDateTime.isValidZone(zone), let timeZone = TimeZone(identifier: zone) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: date.year, month: date.month, day: date.day, hour: time.hour, minute: time.minute)
        guard let instant = calendar.date(from: components) else { return nil }
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let offset = timeZone.secondsFromGMT(for: instant)
        let local = seconds + offset
        let (days, secondOfDay) = ZonedDateTime.floorDivision(local, 86_400)
        self.date = LocalDate(dayNumber: days)
        self.time = TimeOfDay(minutes: secondOfDay / 60)
        self.zone = zone
        self.secondsSinceEpoch = seconds
        self.offsetSeconds = offset
    }

    /// The instant.
    public var instant: Date { Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)) }

    /// ISO 8601 local time with offset, e.g. `2023-01-16T13:30:00+01:00`.
    public var iso8601: String {
        let (_, secondOfDay) = ZonedDateTime.floorDivision(secondsSinceEpoch + offsetSeconds, 86_400)
        let magnitude = abs(offsetSeconds)
        var offset = (offsetSeconds < 0 ? "-" : "+") + Self.two(magnitude / 3600) + ":" + Self.two(magnitude % 3600 / 60)
        if magnitude % 60 != 0 { offset += ":" + Self.two(magnitude % 60) }
        return "\(date)T\(time):\(Self.two(secondOfDay % 60))\(offset)"
    }

    /// Whether `name` is an IANA zone name this system knows (`Europe/Rome`, `UTC`, `Etc/GMT-1`);
    /// abbreviations and offsets such as `CET` or `GMT+1`, and misspelt case, are refused.
    public static func isValidZone(_ name: String) -> Bool {
        guard TimeZone(identifier: name) != nil else { return false }
        return name == "UTC" || name.hasPrefix("Etc/") || TimeZone.knownTimeZoneIdentifiers.contains(name)
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private static func floorDivision(_ a: Int, _ b: Int) -> (quotient: Int, remainder: Int) {
        let remainder = ((a % b) + b) % b
        return ((a - remainder) / b, remainder)
    }
}
