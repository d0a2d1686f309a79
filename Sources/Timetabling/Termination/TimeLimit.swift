/// Stops after a wall time (never when nil).
struct TimeLimit: Termination {
    var limit: Duration?
    func isReached(_ status: SearchStatus) -> Bool { limit.map { status.elapsed >= $0 } ?? false }
}
