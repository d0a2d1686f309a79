/// Stops after a number of moves (never when nil).
struct IterationLimit: Termination {
    var limit: Int?
    func isReached(_ status: SearchStatus) -> Bool { limit.map { status.iterations >= $0 } ?? false }
}
