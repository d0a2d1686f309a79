/// A cancelled occurrence kept in the feeds that held it (a tombstone).
///
/// A feed shows it as a cancelled event when the feed's trainer, room, cohort or venue is one of
/// `occurrence`'s and the feed no longer shows the occurrence itself; of several cancellations of
/// one occurrence, the one with the highest sequence.
public struct Cancellation: Hashable, Sendable, Codable {
    /// The occurrence as the feeds last showed it, with the SEQUENCE of its cancelled event and, as
    /// `lastModified`, the time it was cancelled.
    public var occurrence: ScheduledOccurrence
    /// Display names of its trainers, room, cohorts and venue, by ``ScheduleNames`` key, so that the
    /// cancelled event (and the feed of a trainer, room or cohort since removed) shows names, not ids.
    public var names: [String: String]

    public init(occurrence: ScheduledOccurrence, names: [String: String]) {
        self.occurrence = occurrence
        self.names = names
    }
}
