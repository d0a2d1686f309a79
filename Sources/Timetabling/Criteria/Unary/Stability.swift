import Curriculum
import Foundation

/// Soft (preference `stability`): an occurrence placed on another date or at another time than in the
/// previously published schedule costs the weight, and again in another room than its previous one
/// (checker rule `stability`). Occurrences absent from the previous schedule, or previously without
/// a room (for the room), cost nothing.
struct Stability {
    let weight: Int
    /// The previous start and room of each occurrence, by `session/occurrence` key.
    private let previous: [String: ScheduledOccurrence]

    /// Previous schedules larger than this are refused before they are read (64 MiB).
    static let maximumBytes = 64 * 1024 * 1024

    /// Reads the schedule published at `path`; no cost when the file does not exist.
    /// - Throws: when the file exists but is no schedule.
    init(previous path: String, weight: Int) throws {
        self.weight = weight
        let bytes: [UInt8]
        do {
            bytes = try InputFile.bytes(atPath: path, limit: Self.maximumBytes)
        } catch InputFileError.missing(_) {
            previous = [:]
            return
        }
        let schedule = try JSONDecoder().decode(Schedule.self, from: Data(bytes))
        var before: [String: ScheduledOccurrence] = [:]
        for entry in schedule.entries where before[entry.key] == nil { before[entry.key] = entry }
        previous = before
    }

    /// The cost of starting occurrence `key` on `date` at `time`.
    func cost(of key: String, date: LocalDate, time: TimeOfDay) -> Int {
        guard let old = previous[key] else { return 0 }
        return old.date != date || old.startTime != time ? weight : 0
    }

    /// The cost of putting occurrence `key` in room `room`.
    func cost(of key: String, room: String) -> Int {
        guard let oldRoom = previous[key]?.room else { return 0 }
        return oldRoom != room ? weight : 0
    }
}
