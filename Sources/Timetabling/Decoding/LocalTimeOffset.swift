import Curriculum
import Foundation

/// ISO 8601 text with the UTC offset a venue's zone has at a local date and time.
///
/// Minimal stand-in until `ZonedDateTime` (Curriculum) lands.
enum LocalTimeOffset {
    static func iso(_ date: LocalDate, _ time: TimeOfDay, zone identifier: String) -> String {
        let zone = TimeZone(identifier: identifier) ?? TimeZone(secondsFromGMT: 0)!
        let local = Double(date.dayNumber * 86_400 + time.minutes * 60)
        // The offset at the instant the local time denotes (two passes settle DST changes).
        var offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: local))
        offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: local - Double(offset)))
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(date)T\(time):00\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }
}
