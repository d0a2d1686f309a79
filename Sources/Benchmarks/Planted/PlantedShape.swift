/// The kinds of programme a ``PlantedGenerator`` writes.
public enum PlantedShape: String, CaseIterable, Sendable, Codable {
    /// Cohorts on one campus and a lab 30 minutes away, part-time trainers, lecture → lab pairs on one
    /// day, a sequence per cohort ending with revision and an exam, public holidays, 30-minute grain.
    case intensive
    /// Cohorts staying at two sites in turn with a travel day between, a weekly rhythm and load,
    /// modules inside their weeks, half-day grain.
    case modular
    /// Many teams, each an ordered series of workshops with minimum gaps, run by one of a pool of
    /// trainers at venues with their own hours.
    case workshops
}

/// How much room a planted programme leaves around its witness timetable.
public enum PlantedSlack: String, CaseIterable, Sendable, Codable {
    /// Every window a cohort may use holds its witness occurrences.
    case none
    case tight
    case medium
    case loose

    /// Share of a cohort's windows the witness uses.
    var fill: Double {
        switch self {
        case .none: 1.0
        case .tight: 0.85
        case .medium: 0.6
        case .loose: 0.35
        }
    }
}
