import Curriculum

/// A cohort's weekly load bounds, in opening windows per ISO week.
struct CohortLoad: Hashable, Sendable {
    var cohort: Int32
    var minimum: Int32
    var maximum: Int32
    /// Windows the cohort has in each ISO week (after its rhythm, stays, travel days and closures):
    /// the minimum of a shortened week is capped by it.
    var capacity: [Int32]
    var source: SourceLocation
}
