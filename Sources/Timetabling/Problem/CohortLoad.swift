import Curriculum

/// A cohort's weekly load bounds, in opening windows per ISO week.
struct CohortLoad: Hashable, Sendable {
    var cohort: Int32
    var minimum: Int32
    var maximum: Int32
    var source: SourceLocation
}
