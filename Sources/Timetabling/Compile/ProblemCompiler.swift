public import Curriculum

/// Compiles a ``Programme`` into a ``Problem``: the period grid, the events, their domains
/// (every unary hard rule applied as filtering) and the tables of every rule and preference.
public enum ProblemCompiler {
    /// Compiles `programme`.
    ///
    /// - Throws: ``CompileFailure`` listing every occurrence left without a start or a room,
    ///   with the restrictions that removed its possibilities.
    /// - Complexity: O(events × periods × rules) once.
    public static func compile(_ programme: Programme) throws(CompileFailure) -> Problem {
        var builder = ProblemBuilder(programme: programme)
        builder.buildGrid()
        builder.buildResources()
        builder.buildEvents()
        builder.buildCandidates()
        builder.buildRules()
        builder.buildPreferences()
        if !builder.failures.isEmpty { throw CompileFailure(unplaceable: builder.failures) }
        return builder.problem
    }
}
