import Foundation

/// How long and how a ``Solver`` searches. Termination conditions compose: the search stops at
/// the first one reached (iterations, wall time, target soft cost with no hard violation, stop flag).
/// Every tuning constant of the search is in ``tuning``, which a JSON file can set
/// (``Tuning/init(json:file:)``, `--solver-config` on the command line).
public struct SolverOptions: Sendable {
    /// Seed of the run; independent searches derive theirs from it.
    public var seed: UInt64
    /// Moves per independent search. With a seed and no time limit the result is reproducible.
    public var iterations: Int?
    public var timeLimit: Duration?
    /// Stop once a schedule without hard violation costs at most this.
    public var targetSoft: Int?
    /// Independent searches run in parallel; the best wins (ties: lowest index).
    public var threads: Int
    /// Called now and then (about twice a second) from the searching threads.
    public var progress: (@Sendable (SolverProgress) -> Void)?
    public var stop: StopFlag?
    /// The tuning constants: construction, annealing schedule, hard-weight oscillation, move rates.
    public var tuning: Tuning
    /// Recount every rule from scratch after every kept move; a rule that disagrees with its
    /// incremental cost stops the search and is reported in ``SolveResult/corruption`` (always on
    /// in builds with `-D CURSUS_INTERNAL_CHECKS`).
    public var checksIncrementalCost: Bool

    public init(
        seed: UInt64 = 1, iterations: Int? = nil, timeLimit: Duration? = nil, targetSoft: Int? = nil,
        threads: Int = SolverOptions.availableCores, progress: (@Sendable (SolverProgress) -> Void)? = nil,
        stop: StopFlag? = nil, tuning: Tuning = Tuning(), checksIncrementalCost: Bool = false
    ) {
        self.seed = seed
        self.iterations = iterations
        self.timeLimit = timeLimit
        self.targetSoft = targetSoft
        self.threads = max(1, threads)
        self.progress = progress
        self.stop = stop
        self.tuning = tuning
        self.checksIncrementalCost = checksIncrementalCost
    }

    /// Whether the score audit runs: ``checksIncrementalCost``, or always in a checking build.
    var auditsScore: Bool {
        #if CURSUS_INTERNAL_CHECKS
        true
        #else
        checksIncrementalCost
        #endif
    }

    /// The machine's active cores (the default number of searches).
    public static var availableCores: Int { ProcessInfo.processInfo.activeProcessorCount }
}
