/// A change of one or two events' positions; applying it returns the move that undoes it.
struct Move: Sendable {
    /// A position of one event: candidate start, room slot, pool choice.
    struct Position: Sendable {
        var event: Int32
        var cand: Int32
        var slot: Int32
        var choice: Int32
    }

    var first: Position
    var second: Position?

    /// Applies the move; returns its inverse and the cost change.
    @inline(__always)
    func apply(to state: inout SearchState) -> (undo: Move, hard: Int, soft: Int) {
        let p = state.placement
        let e1 = Int(first.event)
        let old1 = Position(event: first.event, cand: p.cand[e1], slot: p.slot[e1], choice: p.choice[e1])
        var h = 0, s = 0
        var d = state.unplace(e1)
        h += d.hard; s += d.soft
        var old2: Position?
        if let second {
            let e2 = Int(second.event)
            old2 = Position(event: second.event, cand: p.cand[e2], slot: p.slot[e2], choice: p.choice[e2])
            d = state.unplace(e2)
            h += d.hard; s += d.soft
        }
        d = state.place(e1, cand: Int(first.cand), slot: Int(first.slot), choice: Int(first.choice))
        h += d.hard; s += d.soft
        if let second {
            d = state.place(Int(second.event), cand: Int(second.cand), slot: Int(second.slot), choice: Int(second.choice))
            h += d.hard; s += d.soft
        }
        return (Move(first: old1, second: old2), h, s)
    }
}
