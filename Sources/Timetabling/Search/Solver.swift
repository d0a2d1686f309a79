import Dispatch
import Synchronization

/// Finds an assignment. The ``ConstructionPhase`` runs once; then `threads` independent searches
/// start from its placement, each with a seed derived from the options' seed (the first continues
/// the construction's random stream): a ``LocalSearchPhase`` (simulated annealing), then a
/// ``FinalRepairPhase`` when the best still breaks a hard rule. The best wins, ties to the lowest index.
///
/// With an iteration budget and no time limit, the same seed gives the same assignment.
public struct Solver: Sendable {
    public let problem: Problem
    public let options: SolverOptions

    public init(problem: Problem, options: SolverOptions) {
        self.problem = problem
        self.options = options
    }

    /// One search's result.
    private struct Outcome: Sendable {
        var placement: Placement
        var hard: Int
        var soft: Int
        /// Moves of this search after the shared construction.
        var iterations: Int
        var timeToFeasible: Duration?
        var corruption: ScoreCorruption?
    }

    public func solve() -> SolveResult {
        let clock = ContinuousClock()
        let started = clock.now
        let threads = options.threads
        let outcomes = Mutex<[Outcome?]>(Array(repeating: nil, count: threads))
        let reached = StopFlag()
        let flags = [reached] + (options.stop.map { [$0] } ?? [])
        let termination = AnyTermination(
            a: AnyTermination(a: IterationLimit(limit: options.iterations), b: TimeLimit(limit: options.timeLimit)),
            b: AnyTermination(a: TargetCost(soft: options.targetSoft), b: StopRequested(flags: flags)))
        let problem = problem, options = options
        var constructed = SearchScope(
            problem: problem, rng: SeededGenerator(seed: SeededGenerator.derived(from: options.seed, index: 0)), clock: clock, started: started,
            keepsRuleTotals: options.auditsScore)
        var construction = ConstructionPhase(
            problem: problem, tuning: options.tuning, iterationLimit: options.iterations, timeLimit: options.timeLimit)
        construction.run(&constructed, termination: termination)
        let shared = constructed
        let pickers = MovePickers(problem: problem, tuning: options.tuning)
        DispatchQueue.concurrentPerform(iterations: threads) { index in
            var scope = shared
            if index > 0 { scope.rng = SeededGenerator(seed: SeededGenerator.derived(from: options.seed, index: index)) }
            let acceptor = AnnealingAcceptor(problem: problem, options: options, budgetStart: shared.iterations)
            var local = LocalSearchPhase(problem: problem, options: options, thread: index, pickers: pickers, acceptor: acceptor)
            local.run(&scope, termination: termination)
            var repair = FinalRepairPhase(tuning: options.tuning)
            repair.run(&scope, termination: termination)
            let outcome = Outcome(
                placement: scope.best.placement(current: scope.state), hard: scope.best.hard, soft: scope.best.soft,
                iterations: scope.iterations - shared.iterations, timeToFeasible: scope.timeToFeasible, corruption: scope.corruption)
            if TargetCost(soft: options.targetSoft).isReached(
                SearchStatus(iterations: 0, elapsed: .zero, bestHard: outcome.hard, bestSoft: outcome.soft)) {
                reached.stop()
            }
            outcomes.withLock { $0[index] = outcome }
        }
        let all = outcomes.withLock { $0.compactMap { $0 } }
        let winner = all.indices.min { a, b in (all[a].hard, all[a].soft, a) < (all[b].hard, all[b].soft, b) }!
        let elapsed = clock.now - started
        let iterations = all.reduce(shared.iterations) { $0 + $1.iterations }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return SolveResult(
            assignment: Assignment(all[winner].placement), hard: all[winner].hard, soft: all[winner].soft,
            iterations: iterations, timeToFeasible: all[winner].timeToFeasible, elapsed: elapsed,
            movesPerSecond: seconds > 0 ? Double(iterations) / seconds : 0,
            corruption: all.lazy.compactMap(\.corruption).first)
    }
}
