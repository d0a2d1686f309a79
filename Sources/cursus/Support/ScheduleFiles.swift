import Curriculum
import Foundation

/// The machine-readable exports of a schedule: `schedule.json` (the published state) and `schedule.csv`.
enum ScheduleFiles {
    /// Stable JSON: sorted keys, so unchanged input rewrites identical bytes.
    static func json(_ schedule: Schedule) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(schedule)
        data.append(contentsOf: Array("\n".utf8))
        return data
    }

    static func read(_ data: Data) throws -> Schedule {
        try JSONDecoder().decode(Schedule.self, from: data)
    }

    /// One line per occurrence, RFC 4180 quoting.
    static func csv(_ schedule: Schedule) -> String {
        var lines = ["date,start,end,timezone,session,occurrence,title,module,venue,room,trainers,cohorts"]
        for entry in schedule.entries {
            let fields = [
                entry.date.description, entry.startTime.description, entry.endTime.description, entry.timezone,
                entry.session, String(entry.occurrence), entry.title, entry.module ?? "", entry.venue, entry.room ?? "",
                entry.trainers.joined(separator: " "), entry.cohorts.joined(separator: " "),
            ]
            lines.append(fields.map(quote).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { ",\"\r\n".contains($0) }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The publication time: `SOURCE_DATE_EPOCH` when set; else the previous publication's when nothing
    /// changed (so re-running on unchanged input rewrites identical bytes); else now.
    static func publicationTime(previous: Schedule?, unchanged: Bool, environment: [String: String]) -> String {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) {
            return iso8601(Date(timeIntervalSince1970: TimeInterval(epoch)))
        }
        if let previous, unchanged { return previous.published }
        return iso8601(Date())
    }

    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
