/// The local search: one selector per move kind (change, swap, Kempe chain, ejection, room
/// ejection) sharing one set of ``MovePickers``, and an ``Acceptor`` (simulated annealing with
/// hard-weight oscillation) that keeps or undoes each move. Runs until `termination`.
///
/// Each move draws its kind: an infeasible search that has run the tuning's `ejectionPatience`
/// moves without a feasible best ejects at `ejectionRate`; a feasible one ejects through a room at
/// `roomEjectionRate`; otherwise a Kempe chain at `kempeRate`, a swap at `swapRate`, else a change.
struct LocalSearchPhase<Acceptance: Acceptor>: SearchPhase {
    private let options: SolverOptions
    private let thread: Int
    private let pickers: MovePickers
    private var acceptor: Acceptance
    private var change: ChangeMoveSelector
    private var swap: SwapMoveSelector
    private var kempe: KempeMoveSelector
    private var ejection: EjectionMoveSelector
    private var roomEjection: RoomEjectionMoveSelector
    private let checksIncrementalCost: Bool

    init(problem: Problem, options: SolverOptions, thread: Int, pickers: MovePickers, acceptor: Acceptance) {
        self.options = options
        self.thread = thread
        self.pickers = pickers
        self.acceptor = acceptor
        let tuning = options.tuning
        change = ChangeMoveSelector(problem: problem, tuning: tuning)
        swap = SwapMoveSelector(tuning: tuning)
        kempe = KempeMoveSelector(problem: problem, tuning: tuning)
        ejection = EjectionMoveSelector(tuning: tuning)
        roomEjection = RoomEjectionMoveSelector(tuning: tuning)
        checksIncrementalCost = options.auditsScore
    }

    mutating func run(_ scope: inout SearchScope, termination: some Termination) {
        guard !pickers.movable.isEmpty else { return }
        let tuning = options.tuning
        let budgetStart = scope.iterations
        var lastReport = scope.clock.now
        // The selectors and the acceptor are worked on as locals: the loop passes them inout.
        var (change, swap, kempe, ejection, roomEjection, acceptor) = (change, swap, kempe, ejection, roomEjection, acceptor)
        defer { (self.change, self.swap, self.kempe, self.ejection, self.roomEjection, self.acceptor) = (change, swap, kempe, ejection, roomEjection, acceptor) }
        while true {
            if scope.iterations & 1023 == 0 {
                let now = scope.clock.now
                let elapsed = now - scope.started
                let status = SearchStatus(iterations: scope.iterations, elapsed: elapsed, bestHard: scope.best.hard, bestSoft: scope.best.soft)
                if termination.isReached(status) { break }
                acceptor.update(iterations: scope.iterations, elapsed: elapsed, currentHard: scope.state.hard)
                if let progress = options.progress, now - lastReport >= .milliseconds(500) {
                    lastReport = now
                    progress(SolverProgress(
                        thread: thread, elapsed: elapsed, iterations: scope.iterations, hard: scope.state.hard, soft: scope.state.soft,
                        bestHard: scope.best.hard, bestSoft: scope.best.soft, temperature: acceptor.temperature))
                }
            }
            scope.iterations += 1
            let draw = scope.rng.unit()
            let threshold = acceptor.threshold(&scope.rng)
            let outcome: StepOutcome
            if scope.best.hard > 0, scope.iterations - budgetStart > tuning.ejectionPatience, scope.state.hard > 0, tuning.ejectionRate > 0,
               scope.rng.unit() < tuning.ejectionRate {
                outcome = step(&ejection, &scope, &acceptor, threshold)
            } else if scope.best.hard == 0, tuning.roomEjectionRate > 0, scope.rng.unit() < tuning.roomEjectionRate {
                outcome = step(&roomEjection, &scope, &acceptor, threshold)
            } else if draw < tuning.kempeRate {
                outcome = step(&kempe, &scope, &acceptor, threshold)
            } else if draw < tuning.kempeRate + tuning.swapRate {
                outcome = step(&swap, &scope, &acceptor, threshold)
            } else {
                outcome = step(&change, &scope, &acceptor, threshold)
            }
            if outcome == .corrupted { break }
        }
    }

    private enum StepOutcome { case skipped, undone, kept, corrupted }

    /// Draws and applies one move of `selector`, keeps or undoes it, audits the score when asked,
    /// and records a new best.
    @inline(__always)
    private func step<S: MoveSelector>(
        _ selector: inout S, _ scope: inout SearchScope, _ acceptor: inout Acceptance, _ threshold: Double
    ) -> StepOutcome {
        guard let d = selector.apply(&scope.state, pickers: pickers, rng: &scope.rng, hardWeight: acceptor.hardWeight, threshold: threshold)
        else { return .skipped }
        guard acceptor.accepts(hard: d.hard, soft: d.soft, threshold: threshold, onHardOnly: S.isJudgedOnHardOnly) else {
            selector.undo(&scope.state)
            return .undone
        }
        if checksIncrementalCost, let corruption = ScoreAudit.check(scope.state, thread: thread, iteration: scope.iterations, after: selector) {
            scope.corruption = corruption
            return .corrupted
        }
        if scope.best.record(scope.state, after: selector), scope.best.hard == 0, scope.timeToFeasible == nil {
            scope.timeToFeasible = scope.elapsed
        }
        return .kept
    }
}
