import Curriculum

/// Soft (preference `stability`): an occurrence placed on another date or at another time than in the
/// previously published schedule costs the weight, and again in another room than its previous one
/// (checker rule `stability`). Occurrences absent from the previous schedule, or previously without
/// a room (for the room), cost nothing.
struct Stability {
    let weight: Int
    /// The previous start and room of each occurrence, by `session/occurrence` key.
    private let previous: [String: ScheduledOccurrence]

    /// Against `schedule`, the one published before (nil: none yet, no cost).
    init(previous schedule: Schedule?, weight: Int) {
        self.weight = weight
        var before: [String: ScheduledOccurrence] = [:]
        for entry in schedule?.entries ?? [] where before[entry.key] == nil { before[entry.key] = entry }
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
