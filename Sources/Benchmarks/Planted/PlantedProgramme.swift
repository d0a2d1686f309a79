public import Curriculum

/// A programme feasible by construction: the witness timetable was drawn first and every rule of
/// `programme` was written so that the witness keeps it.
public struct PlantedProgramme: Sendable {
    public var shape: PlantedShape
    public var slack: PlantedSlack
    public var programme: Programme
    /// The drawn timetable (its cost is not computed: run ``ScheduleChecker`` on it).
    public var witness: Schedule
    /// The programme as a curriculum file (`cursus check` reads it back to `programme`).
    public var yaml: String

    /// Session occurrences in all.
    public var occurrences: Int { programme.sessions.reduce(0) { $0 + $1.occurrences } }
}
