/// The first phase: a first placement (``Construction/build(_:rng:)``), then min-conflicts repair
/// (``RepairPhase``). It runs once per solve and its result is shared by every independent search.
struct ConstructionPhase: SearchPhase {
    private var construction = Construction()
    private let repair: RepairPhase

    /// - Parameters:
    ///   - iterationLimit: the search's move budget; the repair spends at most that much of it.
    init(problem: Problem, tuning: SolverOptions.Tuning, iterationLimit: Int?) {
        construction.hardWeight = tuning.constructionHardWeight
        let budget = tuning.repairMovesPerEvent * problem.eventCount + tuning.repairBaseMoves
        repair = RepairPhase(tuning: tuning, budget: min(budget, iterationLimit ?? .max), isStoppable: true)
    }

    mutating func run(_ scope: inout SearchScope, termination: some Termination) {
        construction.build(&scope.state, rng: &scope.rng)
        var repair = repair
        repair.run(&scope, termination: termination)
        scope.best = BestPlacement(scope.state)
        if scope.state.hard == 0 { scope.timeToFeasible = scope.elapsed }
    }
}
