/// The first phase: a first placement (``Construction/build(_:rng:shouldStop:)``), then
/// min-conflicts repair (``RepairPhase``). It runs once per solve and its result is shared by
/// every independent search.
struct ConstructionPhase: SearchPhase {
    private var construction = Construction()
    private let repair: RepairPhase
    /// When the tree search's restarts end at the latest (a share of the time limit), nil without one.
    private let restartsUntil: Duration?

    /// - Parameters:
    ///   - iterationLimit: the search's move budget; the repair spends at most that much of it.
    ///   - timeLimit: the search's wall time; the tree search's restarts spend at most
    ///     ``SolverOptions/Tuning/treeSearchTimeShare`` of it.
    init(problem: Problem, tuning: SolverOptions.Tuning, iterationLimit: Int?, timeLimit: Duration?) {
        construction.hardWeight = tuning.constructionHardWeight
        construction.treeSearchRestarts = tuning.treeSearchRestarts
        let budget = tuning.repairMovesPerEvent * problem.eventCount + tuning.repairBaseMoves
        repair = RepairPhase(tuning: tuning, budget: min(budget, iterationLimit ?? .max), isStoppable: true)
        restartsUntil = timeLimit.map { $0 * tuning.treeSearchTimeShare }
    }

    mutating func run(_ scope: inout SearchScope, termination: some Termination) {
        let clock = scope.clock, started = scope.started, until = restartsUntil
        construction.build(&scope.state, rng: &scope.rng) {
            let elapsed = clock.now - started
            return until.map { elapsed >= $0 } == true
                || termination.isReached(SearchStatus(iterations: 0, elapsed: elapsed, bestHard: .max, bestSoft: .max))
        }
        var repair = repair
        repair.run(&scope, termination: termination)
        scope.best = BestPlacement(scope.state)
        if scope.state.hard == 0 { scope.timeToFeasible = scope.elapsed }
    }
}
