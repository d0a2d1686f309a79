public import Curriculum

/// Carries SEQUENCE and LAST-MODIFIED from the previously published schedule to a new one.
///
/// For each occurrence (matched by `key`) and block (matched by `id`) of `schedule`:
/// - its time, time zone, venue, room or trainers changed against `previous`: sequence + 1, last
///   modified `stamp`;
/// - only its title, module or cohorts changed: same sequence, last modified `stamp`;
/// - unchanged: the previous sequence and last-modified (so its feed event is byte-identical);
/// - new (or no `previous`): its own values when it already has them, else 0 and `stamp`.
/// Write the result as `schedule.json`: it is the `previous` of the next export.
public enum ScheduleRevision {
    /// - Parameters:
    ///   - stamp: ISO 8601 UTC time of this publication (SOURCE_DATE_EPOCH or `schedule.published`).
    /// - Complexity: O(n log n) in the number of entries.
    public static func revise(_ schedule: Schedule, previous: Schedule?, stamp: String) -> Schedule {
        var revised = schedule
        let before = Dictionary(previous?.entries.map { ($0.key, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        let blocksBefore = Dictionary(previous?.blocks.map { ($0.id, $0) } ?? [], uniquingKeysWith: { first, _ in first })
        let previousStamp = previous?.published ?? stamp
        for index in revised.entries.indices {
            let entry = revised.entries[index]
            guard let old = before[entry.key] else {
                revised.entries[index].sequence = entry.sequence ?? 0
                revised.entries[index].lastModified = entry.lastModified ?? stamp
                continue
            }
            let sequence = old.sequence ?? 0
            if placement(of: old) != placement(of: entry) {
                revised.entries[index].sequence = sequence + 1
                revised.entries[index].lastModified = stamp
            } else {
                revised.entries[index].sequence = sequence
                revised.entries[index].lastModified = content(of: old) == content(of: entry)
                    ? old.lastModified ?? previousStamp : stamp
            }
        }
        for index in revised.blocks.indices {
            let block = revised.blocks[index]
            guard let old = blocksBefore[block.id] else {
                revised.blocks[index].sequence = block.sequence ?? 0
                revised.blocks[index].lastModified = block.lastModified ?? stamp
                continue
            }
            let sequence = old.sequence ?? 0
            if (old.from, old.to, old.venue) != (block.from, block.to, block.venue) {
                revised.blocks[index].sequence = sequence + 1
                revised.blocks[index].lastModified = stamp
            } else {
                revised.blocks[index].sequence = sequence
                revised.blocks[index].lastModified = (old.title, old.cohorts.sorted()) == (block.title, block.cohorts.sorted())
                    ? old.lastModified ?? previousStamp : stamp
            }
        }
        return revised
    }

    /// Whether `schedule` publishes nothing new against `previous`: revising it would give back the
    /// previous entries and blocks exactly (so the previous `published` time can be kept).
    public static func isUnchanged(_ schedule: Schedule, since previous: Schedule?) -> Bool {
        guard let previous else { return false }
        let revised = revise(schedule, previous: previous, stamp: "")
        return revised.entries == previous.entries && revised.blocks == previous.blocks
    }

    /// What raises the sequence: when and where, and who teaches.
    private static func placement(of entry: ScheduledOccurrence) -> [String] {
        [entry.date.description, entry.startTime.description, entry.endTime.description, entry.start, entry.end,
         entry.timezone, entry.venue, entry.room ?? ""] + entry.trainers.sorted()
    }

    private static func content(of entry: ScheduledOccurrence) -> [String] {
        [entry.title, entry.module ?? ""] + entry.cohorts.sorted()
    }
}
