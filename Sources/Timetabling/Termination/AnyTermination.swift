/// Stops when either rule does.
struct AnyTermination<A: Termination, B: Termination>: Termination {
    var a: A
    var b: B
    func isReached(_ status: SearchStatus) -> Bool { a.isReached(status) || b.isReached(status) }
}
