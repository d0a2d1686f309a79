/// The last phase, when the best placement still breaks a hard rule: min-conflicts repair from the
/// best placement (``RepairPhase``, run to its budget); its result replaces the best when it
/// breaks fewer hard rules.
struct FinalRepairPhase: SearchPhase {
    private let tuning: SolverOptions.Tuning

    init(tuning: SolverOptions.Tuning) { self.tuning = tuning }

    mutating func run(_ scope: inout SearchScope, termination: some Termination) {
        guard scope.best.hard > 0, scope.corruption == nil else { return }
        let problem = scope.state.problem
        let best = scope.best.placement(current: scope.state)
        var fixed = scope
        fixed.state = SearchState(problem: problem, keepsRuleTotals: scope.state.keepsRuleTotals)
        for e in 0..<problem.eventCount where best.isPlaced(e) {
            fixed.state.place(e, cand: Int(best.cand[e]), slot: Int(best.slot[e]), choice: Int(best.choice[e]))
        }
        var repair = RepairPhase(
            tuning: tuning, budget: tuning.repairMovesPerEvent * problem.eventCount + tuning.repairBaseMoves, isStoppable: false)
        repair.run(&fixed, termination: termination)
        scope.iterations = fixed.iterations
        scope.rng = fixed.rng
        if fixed.state.hard < scope.best.hard {
            scope.state = fixed.state
            scope.best = BestPlacement(fixed.state)
            if scope.best.hard == 0 { scope.timeToFeasible = scope.elapsed }
        }
    }
}
