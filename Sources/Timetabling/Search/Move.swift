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
        let old1 = state.position(of: Int(first.event))
        if second == nil, old1.cand == first.cand, old1.choice == first.choice, old1.cand >= 0 {
            let d = state.changeRoom(Int(first.event), slot: Int(first.slot))
            return (Move(first: old1), d.hard, d.soft)
        }
        let old2 = second.map { state.position(of: Int($0.event)) }
        var h = 0, s = 0
        var d = state.unplace(Int(first.event))
        h += d.hard; s += d.soft
        if let second {
            d = state.unplace(Int(second.event))
            h += d.hard; s += d.soft
        }
        d = state.place(Int(first.event), cand: Int(first.cand), slot: Int(first.slot), choice: Int(first.choice))
        h += d.hard; s += d.soft
        if let second {
            d = state.place(Int(second.event), cand: Int(second.cand), slot: Int(second.slot), choice: Int(second.choice))
            h += d.hard; s += d.soft
        }
        return (Move(first: old1, second: old2), h, s)
    }

    /// Calls `body` with each position of the move.
    @inline(__always)
    func forEachPosition(_ body: (Position) -> Void) {
        body(first)
        if let second { body(second) }
    }
}
