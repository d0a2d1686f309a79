/// Min-conflicts repair (``Construction/repair(_:rng:budget:shouldStop:)``): a conflicting event
/// moves to its least-conflicting position, until no hard violation is left or the budget is spent.
struct RepairPhase: SearchPhase {
    private var construction = Construction()
    private let budget: Int
    private let isStoppable: Bool

    /// - Parameters:
    ///   - isStoppable: whether `termination` can end it early (the final repair runs to its budget).
    init(tuning: SolverOptions.Tuning, budget: Int, isStoppable: Bool) {
        construction.hardWeight = tuning.constructionHardWeight
        self.budget = budget
        self.isStoppable = isStoppable
    }

    mutating func run(_ scope: inout SearchScope, termination: some Termination) {
        let clock = scope.clock, started = scope.started, isStoppable = isStoppable
        scope.iterations += construction.repair(&scope.state, rng: &scope.rng, budget: budget) {
            isStoppable && termination.isReached(SearchStatus(iterations: 0, elapsed: clock.now - started, bestHard: .max, bestSoft: .max))
        }
    }
}
