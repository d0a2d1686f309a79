public import Curriculum

/// Compiles a ``Programme`` into a ``Problem``: the period grid, the events, their domains
/// (every unary hard rule applied as filtering) and the tables of every rule and preference.
public enum ProblemCompiler {
    /// Compiles `programme` on `calendar` (nil: ``TeachingCalendar`` built from the programme,
    /// without `.ics` closures).
    ///
    /// - Throws: ``CompileFailure`` listing every occurrence left without a start or a room,
    ///   with the restrictions that removed its possibilities.
    /// - Complexity: O(events × periods × rules) once.
    public static func compile(_ programme: Programme, calendar: TeachingCalendar? = nil) throws(CompileFailure) -> Problem {
        var builder = ProblemBuilder(programme: programme, calendar: calendar ?? TeachingCalendar(programme: programme))
        builder.buildGrid()
        builder.buildResources()
        builder.buildEvents()
        builder.buildCandidates()
        builder.buildRules()
        builder.buildPreferences()
        builder.buildLoadLimits()
        if !builder.failures.isEmpty {
            throw CompileFailure(unplaceable: builder.failures)
        }
        return builder.problem
    }
}
