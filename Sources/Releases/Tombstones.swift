public import Curriculum

/// Keeps cancellations in the feeds that held them (DESIGN.md §5).
///
/// An occurrence of `previous` that is no longer published, or that left a trainer, room, cohort or
/// venue, becomes a ``Cancellation``: the occurrence as last published, SEQUENCE + 1, cancelled at
/// `stamp`, with the names of everything it named. Cancellations of `previous` are kept as they were
/// (so unchanged input gives identical bytes) until the occurrence is back in every feed they apply to.
/// A block of `previous` that is no longer published (an all-day period such as an immersion) is kept
/// the same way in ``Schedule/cancelledBlocks``, until a block of its id is published again.
/// The feeds hold a programme's whole period, so a cancellation is never too old to keep.
public enum Tombstones {
    /// `schedule` (already revised against `previous`) with its ``Schedule/names`` filled from
    /// `programme` (else from `previous`), and its ``Schedule/cancellations`` and
    /// ``Schedule/cancelledBlocks`` carried and extended.
    /// - Complexity: O((n + c) log(n + c)) in occurrences and cancellations.
    public static func carry(into schedule: Schedule, previous: Schedule?, programme: Programme, stamp: String) -> Schedule {
        var result = schedule
        let fallback = previous?.names ?? [:]
        result.names = ScheduleNames.names(of: schedule.entries, programme: programme, fallback: fallback)
        let live = Dictionary(schedule.entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var kept: [Cancellation] = []
        for cancellation in previous?.cancellations ?? [] {
            if let entry = live[cancellation.occurrence.key], Set(audience(of: cancellation.occurrence)).isSubset(of: audience(of: entry)) {
                continue
            }
            kept.append(cancellation)
        }
        for old in previous?.entries ?? [] {
            let now = live[old.key]
            let left = now.map { Set(audience(of: old)).subtracting(audience(of: $0)) } ?? Set(audience(of: old))
            guard !left.isEmpty else { continue }
            var occurrence = old
            occurrence.sequence = (old.sequence ?? 0) + 1
            occurrence.lastModified = stamp
            kept.removeAll { $0.occurrence.key == old.key && Set(audience(of: $0.occurrence)).isSubset(of: left) }
            let names = ScheduleNames.names(of: [old], programme: programme, fallback: fallback)
            kept.append(Cancellation(occurrence: occurrence, names: names))
        }
        kept.sort { ($0.occurrence.start, $0.occurrence.key, $0.occurrence.sequence ?? 0) < ($1.occurrence.start, $1.occurrence.key, $1.occurrence.sequence ?? 0) }
        result.cancellations = kept.isEmpty ? nil : kept
        result.cancelledBlocks = cancelledBlocks(schedule.blocks, previous: previous, programme: programme, stamp: stamp)
        return result
    }

    /// The blocks of `previous` (published or already cancelled) that `blocks` no longer has, or no
    /// longer has for some of its cohorts or at its venue, by date then id; nil when none. A block that
    /// left some feeds only is kept cancelled for those (its cancelled copy names only the cohorts it
    /// left, or its former venue), until it is back in them. A newly cancelled block gets SEQUENCE + 1
    /// and `stamp`; a kept one stays as it was.
    static func cancelledBlocks(_ blocks: [ScheduledBlock], previous: Schedule?, programme: Programme, stamp: String) -> [ScheduledBlock]? {
        let live = Dictionary(blocks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let everyCohort = programme.cohorts.map(\.id)
        func audience(_ block: ScheduledBlock) -> Set<String> {
            Set((block.cohorts.isEmpty ? everyCohort : block.cohorts).map { "cohort:" + $0 } + [block.venue.map { "venue:" + $0 } ?? "venue:"])
        }
        var kept = (previous?.cancelledBlocks ?? []).filter { cancelled in
            guard let now = live[cancelled.id] else { return true }
            return !audience(cancelled).isSubset(of: audience(now))
        }
        for old in previous?.blocks ?? [] {
            var block = old
            if let now = live[old.id] {
                let left = audience(old).subtracting(audience(now))
                guard !left.isEmpty else { continue }
                // The cancelled copy shows in the cohort feeds it left (the others hold the live block,
                // which hides it), and in its former venue's feed when the venue changed.
                let cohorts = (old.cohorts.isEmpty ? everyCohort : old.cohorts).filter { left.contains("cohort:" + $0) }
                if !cohorts.isEmpty { block.cohorts = cohorts }
            }
            block.sequence = (old.sequence ?? 0) + 1
            block.lastModified = stamp
            kept.removeAll { $0.id == old.id }
            kept.append(block)
        }
        kept.sort { ($0.from, $0.id) < ($1.from, $1.id) }
        return kept.isEmpty ? nil : kept
    }

    /// The feeds an occurrence appears in, besides the programme's: its trainers, room, cohorts and venue.
    static func audience(of occurrence: ScheduledOccurrence) -> [String] { ScheduleNames.keys(of: occurrence) }
}
