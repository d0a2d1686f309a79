public import Curriculum

/// What changed from one published schedule to the next, matched by occurrence key
/// (`session/occurrence`, never by time).
///
/// ```swift
/// let diff = ScheduleDiff(old: previous, new: published)
/// for recipient in diff.recipients { print(recipient.name, diff.changes(for: recipient)) }
/// ```
public struct ScheduleDiff: Hashable, Sendable {
    public let old: Schedule?
    public let new: Schedule
    /// Changes of the whole programme, by time: an occurrence is moved when its date, times, room,
    /// venue or trainers differ.
    public let changes: [ScheduleChange]
    /// Everyone concerned by at least one change: trainers, then cohorts, then rooms, each by id.
    public let recipients: [Recipient]
    /// Names of trainers, cohorts, rooms and venues of both schedules (the new one's first).
    public let names: [String: String]

    /// - Complexity: O(n log n) in the number of occurrences.
    public init(old: Schedule?, new: Schedule) {
        self.old = old
        self.new = new
        var names = new.names ?? [:]
        for (key, name) in old?.names ?? [:] where names[key] == nil { names[key] = name }
        self.names = names
        let before = Self.byKey(old?.entries ?? [])
        let after = Self.byKey(new.entries)
        var changes: [ScheduleChange] = []
        for entry in new.entries {
            if let previous = before[entry.key] {
                if Self.placement(previous) != Self.placement(entry) || previous.trainers != entry.trainers {
                    changes.append(.moved(from: previous, to: entry))
                }
            } else {
                changes.append(.added(entry))
            }
        }
        for entry in old?.entries ?? [] where after[entry.key] == nil { changes.append(.cancelled(entry)) }
        let sorted = changes.sorted { $0.order < $1.order }
        self.changes = sorted
        var concerned: Set<Recipient> = []
        for change in sorted {
            switch change {
            case .added(let o), .cancelled(let o): concerned.formUnion(Recipient.all(of: o, names: names))
            case .moved(let a, let b):
                concerned.formUnion(Recipient.all(of: a, names: names))
                concerned.formUnion(Recipient.all(of: b, names: names))
            }
        }
        recipients = concerned.filter { !Self.changes(of: sorted, for: $0).isEmpty }.sorted()
    }

    /// Whether nothing was added, moved or cancelled.
    public var isEmpty: Bool { changes.isEmpty }

    /// What changed for `recipient`: an occurrence they keep but at another date, time, room or
    /// venue is moved; one they gain (new, or given to them) is added; one they lose (removed, or
    /// taken from them) is cancelled.
    public func changes(for recipient: Recipient) -> [ScheduleChange] { Self.changes(of: changes, for: recipient) }

    private static func changes(of changes: [ScheduleChange], for recipient: Recipient) -> [ScheduleChange] {
        changes.compactMap { change in
            switch change {
            case .added(let o): return recipient.holds(o) ? change : nil
            case .cancelled(let o): return recipient.holds(o) ? change : nil
            case .moved(let a, let b):
                switch (recipient.holds(a), recipient.holds(b)) {
                case (true, true): return placement(a) != placement(b) ? change : nil
                case (true, false): return .cancelled(a)
                case (false, true): return .added(b)
                case (false, false): return nil
                }
            }
        }
    }

    /// When and where.
    static func placement(_ o: ScheduledOccurrence) -> [String] {
        [o.date.description, o.startTime.description, o.endTime.description, o.timezone, o.venue, o.room ?? ""]
    }

    private static func byKey(_ entries: [ScheduledOccurrence]) -> [String: ScheduledOccurrence] {
        Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
