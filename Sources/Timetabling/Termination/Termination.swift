/// What a search knows when it asks whether to stop.
struct SearchStatus: Sendable {
    var iterations: Int
    var elapsed: Duration
    var bestHard: Int
    var bestSoft: Int
}

/// A stopping rule: one method.
protocol Termination: Sendable {
    func isReached(_ status: SearchStatus) -> Bool
}

/// Stops after a number of moves (never when nil).
struct IterationLimit: Termination {
    var limit: Int?
    func isReached(_ status: SearchStatus) -> Bool { limit.map { status.iterations >= $0 } ?? false }
}

/// Stops after a wall time (never when nil).
struct TimeLimit: Termination {
    var limit: Duration?
    func isReached(_ status: SearchStatus) -> Bool { limit.map { status.elapsed >= $0 } ?? false }
}

/// Stops when the best schedule has no hard violation and a soft cost at most the target.
struct TargetCost: Termination {
    var soft: Int?
    func isReached(_ status: SearchStatus) -> Bool {
        soft.map { status.bestHard == 0 && status.bestSoft <= $0 } ?? false
    }
}

/// Stops when a ``StopFlag`` is raised.
struct StopRequested: Termination {
    var flags: [StopFlag]
    func isReached(_ status: SearchStatus) -> Bool { flags.contains { $0.isStopped } }
}

/// Stops when either rule does.
struct AnyTermination<A: Termination, B: Termination>: Termination {
    var a: A
    var b: B
    func isReached(_ status: SearchStatus) -> Bool { a.isReached(status) || b.isReached(status) }
}
