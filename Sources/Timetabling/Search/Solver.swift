import Dispatch
import Synchronization

/// Finds an assignment: `threads` independent searches (construction, repair, simulated
/// annealing) with seeds derived from the options' seed; the best wins, ties to the lowest index.
///
/// With an iteration budget and no time limit, the same seed gives the same assignment.
public struct Solver: Sendable {
    public let problem: Problem
    public let options: SolverOptions

    public init(problem: Problem, options: SolverOptions) {
        self.problem = problem
        self.options = options
    }

    public func solve() -> SolveResult {
        let clock = ContinuousClock()
        let started = clock.now
        let threads = options.threads
        let outcomes = Mutex<[Annealer.Outcome?]>(Array(repeating: nil, count: threads))
        let reached = StopFlag()
        let flags = [reached] + (options.stop.map { [$0] } ?? [])
        let termination = AnyTermination(
            a: AnyTermination(a: IterationLimit(limit: options.iterations), b: TimeLimit(limit: options.timeLimit)),
            b: AnyTermination(a: TargetCost(soft: options.targetSoft), b: StopRequested(flags: flags)))
        let problem = problem, options = options
        DispatchQueue.concurrentPerform(iterations: threads) { index in
            var search = Annealer(problem: problem, options: options, thread: index)
            let outcome = search.run(clock: clock, started: started, termination: termination)
            if TargetCost(soft: options.targetSoft).isReached(
                SearchStatus(iterations: 0, elapsed: .zero, bestHard: outcome.hard, bestSoft: outcome.soft)) {
                reached.stop()
            }
            outcomes.withLock { $0[index] = outcome }
        }
        let all = outcomes.withLock { $0.compactMap { $0 } }
        let winner = all.indices.min { a, b in (all[a].hard, all[a].soft, a) < (all[b].hard, all[b].soft, b) }!
        let elapsed = clock.now - started
        let iterations = all.reduce(0) { $0 + $1.iterations }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        return SolveResult(
            assignment: Assignment(all[winner].placement), hard: all[winner].hard, soft: all[winner].soft,
            iterations: iterations, timeToFeasible: all[winner].timeToFeasible, elapsed: elapsed,
            movesPerSecond: seconds > 0 ? Double(iterations) / seconds : 0)
    }
}
