import Curriculum

/// One measure of a ``LoadLimit`` bounding one resource, as the load rules count it.
struct ResourceLoadLimit: Hashable, Sendable {
    enum Measure: Hashable, Sendable {
        /// Minutes taught on one date; each started hour over the bound is one unit.
        case minutesPerDay
        /// Half-days taught on one date.
        case halfDaysPerDay
        /// Half-days taught in a row (see ``LoadLimit/maxConsecutiveHalfDays``).
        case consecutiveHalfDays
        /// Dates taught in one ISO week.
        case daysPerWeek
        /// Dates taught in the programme.
        case days
    }

    /// The resource id (trainers, then rooms, then cohorts).
    var resource: Int32
    var measure: Measure
    var bound: Int32
    /// Whether it comes from `rules` (hard, weight 1) or `preferences` (soft, its weight).
    var isHard: Bool
    var weight: Int32
    var source: SourceLocation
}
