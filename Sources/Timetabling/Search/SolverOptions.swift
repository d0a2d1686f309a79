import Foundation

/// How long and how a ``Solver`` searches. Termination conditions compose: the search stops at
/// the first one reached (iterations, wall time, target soft cost with no hard violation, stop flag).
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
    /// Annealing temperatures; nil derives them from the largest soft weight w (w, then w / 50).
    public var initialTemperature: Double?
    public var finalTemperature: Double?
    /// Weight of one hard violation against soft cost during the search (nil: 10 w).
    public var hardWeight: Int?
    /// Share of moves that swap two events' times (the rest, but Kempe chains, move one event).
    /// 0.25 measured better than 0.4 and 0.1 on ITC-2007 (docs/benchmarks.md).
    public var swapRate: Double
    /// Share of moves that are Kempe chains between two starts.
    public var kempeRate: Double
    /// Share of moves that eject (a clashing event moves to another start, the events it meets
    /// there move to their best starts) once a search has run 200 000 moves without finding a
    /// placement free of hard violations.
    public var ejectionRate: Double
    /// Share of moves, once feasible, that eject through a room: an event in a room with a cost
    /// takes a cheaper room at its start and the events there move to their best starts.
    public var roomEjectionRate: Double
    /// Share of swaps that exchange the two events' rooms as well as their starts.
    public var roomSwapRate: Double
    /// Draws of a new start for a moved event, looking for one where its trainers and cohorts are
    /// free (1: any start at random).
    public var freeStartDraws: Int
    /// Recompute the cost from scratch after every accepted move and stop on a difference
    /// (always on in builds with `-D CURSUS_INTERNAL_CHECKS`).
    public var checksIncrementalCost: Bool

    public init(
        seed: UInt64 = 1, iterations: Int? = nil, timeLimit: Duration? = nil, targetSoft: Int? = nil,
        threads: Int = SolverOptions.availableCores, progress: (@Sendable (SolverProgress) -> Void)? = nil,
        stop: StopFlag? = nil, initialTemperature: Double? = nil, finalTemperature: Double? = nil, hardWeight: Int? = nil,
        swapRate: Double = 0.25, kempeRate: Double = 0.1, ejectionRate: Double = 0.01, roomEjectionRate: Double = 0.005, roomSwapRate: Double = 1, freeStartDraws: Int = 4,
        checksIncrementalCost: Bool = false
    ) {
        self.seed = seed
        self.iterations = iterations
        self.timeLimit = timeLimit
        self.targetSoft = targetSoft
        self.threads = max(1, threads)
        self.progress = progress
        self.stop = stop
        self.initialTemperature = initialTemperature
        self.finalTemperature = finalTemperature
        self.hardWeight = hardWeight
        self.swapRate = swapRate
        self.kempeRate = kempeRate
        self.ejectionRate = ejectionRate
        self.roomEjectionRate = roomEjectionRate
        self.roomSwapRate = roomSwapRate
        self.freeStartDraws = max(1, freeStartDraws)
        self.checksIncrementalCost = checksIncrementalCost
    }

    /// The machine's active cores (the default number of searches).
    public static var availableCores: Int { ProcessInfo.processInfo.activeProcessorCount }
}
