public import Curriculum

/// Why a curriculum cannot be re-planned against its published schedule.
public enum ReplanningError: Error, Hashable, Sendable {
    /// A frozen occurrence (already published, before the freeze line) is missing from the curriculum.
    case frozenOccurrenceRemoved(ScheduledOccurrence, freezeText: String)
}
