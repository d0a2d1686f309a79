/// Room ejections for a feasible search (``EjectionChain/applyRoom(_:slot:state:rng:)``): an event
/// in a room with a cost takes a cheaper room at its start and the events there leave for their
/// best starts. Judged by the acceptor like any move.
struct RoomEjectionMoveSelector: MoveSelector {
    static let name = "room ejection"
    static let isJudgedOnHardOnly = false
    private var ejection: EjectionChain

    init(tuning: SolverOptions.Tuning) { ejection = EjectionChain(tuning: tuning) }

    @inline(__always)
    mutating func apply(
        _ state: inout SearchState, pickers: MovePickers, rng: inout SeededGenerator, hardWeight: Int, threshold: Double
    ) -> (hard: Int, soft: Int)? {
        guard let (e, s) = pickers.roomCostEvent(state, &rng) else { return nil }
        return ejection.applyRoom(e, slot: s, state: &state, rng: &rng)
    }

    @inline(__always)
    mutating func undo(_ state: inout SearchState) { ejection.revert(&state) }

    @inline(__always)
    func forEachPrevious(_ body: (Move.Position) -> Void) { ejection.previous.forEach(body) }
}
