/// The best placement a search has seen, saved lazily: while the current placement is the best,
/// nothing is copied; when a move leaves it, only the primary arrays are copied, with the moved
/// events put back where they were.
struct BestPlacement: Sendable {
    private(set) var hard: Int
    private(set) var soft: Int
    private var cand: [Int32]
    private var slot: [Int32]
    private var choice: [Int32]
    /// Whether the current placement of the search is the best (then the saved arrays are stale).
    private var currentIsBest = true

    /// The state's placement as the best so far.
    init(_ state: SearchState) {
        hard = state.hard
        soft = state.soft
        (cand, slot, choice) = (state.placement.cand, state.placement.slot, state.placement.choice)
    }

    /// Records the state after a kept move made by `selector`; returns whether it is a new best.
    @inline(__always)
    mutating func record<S: MoveSelector>(_ state: SearchState, after selector: S) -> Bool {
        if state.hard < hard || (state.hard == hard && state.soft < soft) {
            hard = state.hard
            soft = state.soft
            currentIsBest = true
            return true
        }
        if currentIsBest {
            (cand, slot, choice) = (state.placement.cand, state.placement.slot, state.placement.choice)
            selector.forEachPrevious { u in
                (cand[Int(u.event)], slot[Int(u.event)], choice[Int(u.event)]) = (u.cand, u.slot, u.choice)
            }
            currentIsBest = false
        }
        return false
    }

    /// The best placement, given the search's current state.
    func placement(current state: SearchState) -> Placement {
        if currentIsBest { return state.placement }
        var best = Placement(eventCount: state.problem.eventCount)
        for e in 0..<state.problem.eventCount where cand[e] >= 0 {
            best.set(e, cand: Int(cand[e]), slot: Int(slot[e]), choice: Int(choice[e]), problem: state.problem)
        }
        return best
    }
}
