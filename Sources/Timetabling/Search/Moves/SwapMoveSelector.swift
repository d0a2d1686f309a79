/// Swap moves: two events exchange their starts, and their rooms too at the tuning's
/// `roomSwapRate` (when both can use the other's); else each keeps its own.
struct SwapMoveSelector: MoveSelector {
    static let name = "swap"
    static let isJudgedOnHardOnly = false
    private var undoMove = Move(first: .init(event: 0, cand: 0, slot: 0, choice: 0))
    private let roomSwapRate: Double

    init(tuning: SolverOptions.Tuning) { roomSwapRate = tuning.roomSwapRate }

    @inline(__always)
    mutating func apply(
        _ state: inout SearchState, pickers: MovePickers, rng: inout SeededGenerator, hardWeight: Int, threshold: Double
    ) -> (hard: Int, soft: Int)? {
        guard let move = propose(state, pickers, &rng) else { return nil }
        let applied = move.apply(to: &state)
        undoMove = applied.undo
        return (applied.hard, applied.soft)
    }

    @inline(__always)
    mutating func undo(_ state: inout SearchState) { _ = undoMove.apply(to: &state) }

    @inline(__always)
    func forEachPrevious(_ body: (Move.Position) -> Void) { undoMove.forEachPosition(body) }

    @inline(__always)
    private func propose(_ state: SearchState, _ pickers: MovePickers, _ rng: inout SeededGenerator) -> Move? {
        let problem = state.problem
        let e1 = pickers.event(&rng)
        let e2 = pickers.event(&rng)
        guard e1 != e2, problem.eventSession[e1] != problem.eventSession[e2], state.placement.start[e1] != state.placement.start[e2] else { return nil }
        let P = problem.periodCount
        let c1 = Int(problem.candidateAt[e1 * P + Int(state.placement.start[e2])])
        let c2 = Int(problem.candidateAt[e2 * P + Int(state.placement.start[e1])])
        guard c1 >= 0, c2 >= 0 else { return nil }
        var s1 = Int(state.placement.slot[e1]), s2 = Int(state.placement.slot[e2])
        if rng.unit() < roomSwapRate, state.placement.room[e1] >= 0, state.placement.room[e2] >= 0 {
            let t1 = pickers.slot(of: e1, room: Int(state.placement.room[e2]))
            let t2 = pickers.slot(of: e2, room: Int(state.placement.room[e1]))
            if t1 >= 0, t2 >= 0, state.isUsable(e1, cand: c1, slot: t1), state.isUsable(e2, cand: c2, slot: t2) {
                s1 = t1
                s2 = t2
            }
        }
        guard state.isUsable(e1, cand: c1, slot: s1), state.isUsable(e2, cand: c2, slot: s2),
              let k1 = pickers.choice(e1, cand: c1, keeping: Int(state.placement.choice[e1]), state, &rng),
              let k2 = pickers.choice(e2, cand: c2, keeping: Int(state.placement.choice[e2]), state, &rng)
        else { return nil }
        return Move(
            first: .init(event: Int32(e1), cand: Int32(c1), slot: Int32(s1), choice: Int32(k1)),
            second: .init(event: Int32(e2), cand: Int32(c2), slot: Int32(s2), choice: Int32(k2)))
    }
}
