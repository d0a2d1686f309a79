/// What the phases of one search share: the current placement with its costs, the best one seen,
/// the search's random stream, the moves made so far, and the clock.
struct SearchScope: Sendable {
    var state: SearchState
    var best: BestPlacement
    var rng: SeededGenerator
    /// Moves made so far (construction repair, local search, final repair).
    var iterations = 0
    /// Time from the start of the solve until the best first had no hard violation.
    var timeToFeasible: Duration?
    /// Set when the score audit found an incremental cost that disagrees with its recount.
    var corruption: ScoreCorruption?
    let clock: ContinuousClock
    let started: ContinuousClock.Instant

    /// An empty placement, nothing searched yet; `keepsRuleTotals` for the score audit.
    init(problem: Problem, rng: SeededGenerator, clock: ContinuousClock, started: ContinuousClock.Instant, keepsRuleTotals: Bool) {
        state = SearchState(problem: problem, keepsRuleTotals: keepsRuleTotals)
        best = BestPlacement(state)
        self.rng = rng
        self.clock = clock
        self.started = started
    }

    /// The time since the solve started.
    var elapsed: Duration { clock.now - started }
}
