public import Curriculum

/// One change between two published schedules, for the whole programme or for one ``Recipient``.
public enum ScheduleChange: Hashable, Sendable {
    /// A new occurrence (or, for a recipient, one they now have).
    case added(ScheduledOccurrence)
    /// Same occurrence, another date, time, room, venue or trainers (for a recipient: one they keep).
    case moved(from: ScheduledOccurrence, to: ScheduledOccurrence)
    /// An occurrence no longer published (or, for a recipient, one they no longer have).
    case cancelled(ScheduledOccurrence)

    /// The occurrence as it is now (as it was, for a cancellation).
    public var occurrence: ScheduledOccurrence {
        switch self {
        case .added(let o), .cancelled(let o), .moved(_, let o): o
        }
    }

    /// Sort key: the earlier of its times, then its key.
    var order: (String, String) {
        switch self {
        case .added(let o), .cancelled(let o): (o.start, o.key)
        case .moved(let a, let b): (min(a.start, b.start), a.key)
        }
    }
}
