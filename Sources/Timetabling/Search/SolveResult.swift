/// The best schedule found and how the search went.
public struct SolveResult: Sendable {
    public var assignment: Assignment
    public var hard: Int
    public var soft: Int
    /// Moves tried by all searches together.
    public var iterations: Int
    /// Wall time until the winning search first had no hard violation.
    public var timeToFeasible: Duration?
    public var elapsed: Duration
    /// Moves per second over all searches.
    public var movesPerSecond: Double
    /// What the score audit found when ``SolverOptions/checksIncrementalCost`` is on and an
    /// incremental cost disagrees with its recount (that search stopped there); nil otherwise.
    public var corruption: ScoreCorruption? = nil
}
