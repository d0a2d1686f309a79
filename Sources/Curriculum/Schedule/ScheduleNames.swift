/// The keys of ``Schedule/names`` and ``Cancellation/names``: `trainer:<id>`, `room:<id>`,
/// `cohort:<id>`, `venue:<id>`, and how to fill them from a programme.
public enum ScheduleNames {
    public static func trainer(_ id: String) -> String { "trainer:\(id)" }
    public static func room(_ id: String) -> String { "room:\(id)" }
    public static func cohort(_ id: String) -> String { "cohort:\(id)" }
    public static func venue(_ id: String) -> String { "venue:\(id)" }

    /// The keys `occurrence` names: its trainers, room, cohorts and venue.
    public static func keys(of occurrence: ScheduledOccurrence) -> [String] {
        occurrence.trainers.map(trainer) + (occurrence.room.map { [room($0)] } ?? []) + occurrence.cohorts.map(cohort)
            + [venue(occurrence.venue)]
    }

    /// The names of what `occurrences` mention, from `programme`, else from `fallback` (e.g. the
    /// names recorded in the previous schedule, for what the programme no longer has).
    public static func names(of occurrences: [ScheduledOccurrence], programme: Programme, fallback: [String: String] = [:]) -> [String: String] {
        var known: [String: String] = [:]
        for item in programme.trainers { known[trainer(item.id)] = item.name }
        for item in programme.rooms { known[room(item.id)] = item.name }
        for item in programme.cohorts { known[cohort(item.id)] = item.name }
        for item in programme.venues { known[venue(item.id)] = item.name }
        var names: [String: String] = [:]
        for occurrence in occurrences {
            for key in keys(of: occurrence) {
                if let name = known[key] ?? fallback[key] { names[key] = name }
            }
        }
        return names
    }
}
