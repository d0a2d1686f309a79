/// Ejection moves for an infeasible search (``EjectionChain/apply(_:to:state:rng:)``): a clashing
/// event moves to another start and the events it meets there leave for their best starts. Judged
/// on hard violations alone: it may cost soft on the way to feasibility.
struct EjectionMoveSelector: MoveSelector {
    static let name = "ejection"
    static let isJudgedOnHardOnly = true
    private var ejection: EjectionChain

    init(tuning: SolverOptions.Tuning) { ejection = EjectionChain(tuning: tuning) }

    @inline(__always)
    mutating func apply(
        _ state: inout SearchState, pickers: MovePickers, rng: inout SeededGenerator, hardWeight: Int, threshold: Double
    ) -> (hard: Int, soft: Int)? {
        guard let e = pickers.clashingEvent(state, &rng) else { return nil }
        var c = rng.below(state.problem.candidateCount(of: e) - 1)
        if c >= Int(state.placement.cand[e]) { c += 1 }
        return ejection.apply(e, to: c, state: &state, rng: &rng)
    }

    @inline(__always)
    mutating func undo(_ state: inout SearchState) { ejection.revert(&state) }

    @inline(__always)
    func forEachPrevious(_ body: (Move.Position) -> Void) { ejection.previous.forEach(body) }
}
