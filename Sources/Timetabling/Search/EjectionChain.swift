/// An ejection move for an event in a resource clash: it moves to another start, the events it
/// meets there on a fixed resource, pool trainer or room leave, and each goes to its
/// least-costly start (hard violations first), each in its cheapest free room.
///
/// Reaches what single moves, swaps and Kempe chains cannot when a few events must fill a few
/// starts exactly: an event enters an occupied start while the occupant takes a start that
/// only it can use. The room variant (``applyRoom(_:slot:state:rng:)``) ejects through a room
/// instead: an event takes a room that fits it and the room's holder leaves the same way.
/// Buffers are reused between moves.
struct EjectionChain {
    /// Old positions of the moved events (the first is the ejecting event), to undo.
    private(set) var previous: [Move.Position] = []
    private var ejected: [Int32] = []
    /// Most events one move may eject.
    var limit = 8
    /// A hard violation outweighs this much soft cost when an ejected event chooses its start.
    var hardWeight = 10_000

    /// Moves placed event `e` to its candidate `c` and re-places the events it ejects; returns
    /// the cost change, or nil (state unchanged) when the move is not possible.
    mutating func apply(_ e: Int, to c: Int, state: inout SearchState, rng: inout SeededGenerator) -> (hard: Int, soft: Int)? {
        let problem = state.problem
        let index = Int(problem.candOffsets[e]) + c
        let start = Int(problem.candPeriod[index]), end = start + Int(problem.candLength[index])
        guard start != Int(state.placement.start[e]) else { return nil }
        let rooms = problem.roomCandidateCount(of: e)
        guard let k = choice(e, cand: c, state: state),
              rooms == 0 || (0..<rooms).contains(where: { state.isUsable(e, cand: c, slot: $0) })
        else { return nil }
        let trainer = problem.poolOffsets[e + 1] > problem.poolOffsets[e] ? problem.poolTrainers[Int(problem.poolOffsets[e]) + k] : -1
        ejected.removeAll(keepingCapacity: true)
        previous.removeAll(keepingCapacity: true)
        let placement = state.placement
        for f in 0..<problem.eventCount where f != e && placement.isPlaced(f) {
            let fs = Int(placement.start[f])
            guard fs < end, start < fs + Int(placement.length[f]) else { continue }
            if (trainer >= 0 && placement.trainer[f] == trainer) || sharesFixedResource(e, f, problem) {
                guard ejected.count < limit else { return nil }
                ejected.append(Int32(f))
            }
        }
        return relocate(e, cand: c, slot: nil, choice: k, state: &state, rng: &rng)
    }

    /// Moves placed event `e` to room slot `s` at its current start; the events holding that room
    /// over its periods leave and each goes to its least-costly start and room. Returns the cost
    /// change, or nil (state unchanged) when the move is not possible.
    mutating func applyRoom(_ e: Int, slot s: Int, state: inout SearchState, rng: inout SeededGenerator) -> (hard: Int, soft: Int)? {
        let problem = state.problem
        let c = Int(state.placement.cand[e])
        guard c >= 0, s != Int(state.placement.slot[e]), state.isUsable(e, cand: c, slot: s) else { return nil }
        let r = Int(problem.roomList[Int(problem.roomOffsets[e]) + s])
        let start = Int(state.placement.start[e]), end = start + Int(state.placement.length[e])
        ejected.removeAll(keepingCapacity: true)
        previous.removeAll(keepingCapacity: true)
        for p in start..<end {
            guard let f = state.occupant(room: r, period: p), f != e, !ejected.contains(Int32(f)) else { continue }
            guard ejected.count < limit, problem.candidateCount(of: f) > 0 else { return nil }
            ejected.append(Int32(f))
        }
        guard !ejected.isEmpty else { return nil }
        return relocate(e, cand: c, slot: s, choice: Int(state.placement.choice[e]), state: &state, rng: &rng)
    }

    /// Takes the ``ejected`` events out, moves `e` to `(cand, slot, choice)` (nil slot: its cheapest
    /// room free once they are out), then puts each ejected event at its least-costly position;
    /// records every previous position for ``revert(_:)``.
    private mutating func relocate(
        _ e: Int, cand c: Int, slot: Int?, choice k: Int, state: inout SearchState, rng: inout SeededGenerator
    ) -> (hard: Int, soft: Int) {
        var h = 0, soft = 0
        previous.append(state.position(of: e))
        for f in ejected {
            previous.append(state.position(of: Int(f)))
            let d = state.unplace(Int(f))
            h += d.hard; soft += d.soft
        }
        var d = state.unplace(e)
        h += d.hard; soft += d.soft
        d = state.place(e, cand: c, slot: slot ?? freeSlot(e, cand: c, own: Int(previous[0].slot), state: state), choice: k)
        h += d.hard; soft += d.soft
        for (i, f) in ejected.enumerated() {
            let p = bestPosition(Int(f), own: previous[i + 1], state: &state, rng: &rng)
            d = state.place(Int(f), cand: Int(p.cand), slot: Int(p.slot), choice: Int(p.choice))
            h += d.hard; soft += d.soft
        }
        return (h, soft)
    }

    /// Puts every moved event back.
    func revert(_ state: inout SearchState) {
        for p in previous { state.unplace(Int(p.event)) }
        for p in previous { state.place(Int(p.event), cand: Int(p.cand), slot: Int(p.slot), choice: Int(p.choice)) }
    }

    private func sharesFixedResource(_ e: Int, _ f: Int, _ problem: Problem) -> Bool {
        for i in Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]) {
            for j in Int(problem.fixedOffsets[f])..<Int(problem.fixedOffsets[f + 1]) where problem.fixedResources[i] == problem.fixedResources[j] {
                return true
            }
        }
        return false
    }

    /// The current pool choice of `e` when allowed at candidate `c`, else the first allowed.
    private func choice(_ e: Int, cand c: Int, state: SearchState) -> Int? {
        let k = Int(state.placement.choice[e])
        if state.isAllowed(e, cand: c, choice: k) { return k }
        return (0..<Int(state.problem.choiceWidth[e])).first { state.isAllowed(e, cand: c, choice: $0) }
    }

    /// For unplaced event `f` at candidate `c`: the usable room slot free over its periods with the
    /// least unary cost (`own` on ties); when none is free, `own` if usable, else the first usable.
    private func freeSlot(_ f: Int, cand c: Int, own: Int, state: SearchState) -> Int {
        let problem = state.problem
        let rooms = problem.roomCandidateCount(of: f)
        guard rooms > 0 else { return -1 }
        let index = Int(problem.candOffsets[f]) + c
        let start = Int(problem.candPeriod[index]), length = Int(problem.candLength[index])
        let base = Int(problem.roomStartBase[f])
        var best = -1, bestCost = Int.max
        for s in 0..<rooms where state.isUsable(f, cand: c, slot: s) {
            let r = Int(problem.roomList[Int(problem.roomOffsets[f]) + s])
            guard (start..<(start + length)).allSatisfy({ state.occupant(room: r, period: $0) == nil }) else { continue }
            var cost = 2 * Int(problem.roomCost[Int(problem.roomOffsets[f]) + s]) + (s == own ? 0 : 1)
            if base >= 0 { cost += 2 * Int(problem.roomStartCost[base + c * rooms + s]) }
            if cost < bestCost { (best, bestCost) = (s, cost) }
        }
        if best >= 0 { return best }
        if own >= 0, state.isUsable(f, cand: c, slot: own) { return own }
        return (0..<rooms).first { state.isUsable(f, cand: c, slot: $0) } ?? own
    }

    /// The least costly position of unplaced event `f` over its candidates (ties at random); its
    /// old position `own` when no candidate is allowed.
    private func bestPosition(_ f: Int, own: Move.Position, state: inout SearchState, rng: inout SeededGenerator) -> Move.Position {
        var best = own
        var bestCost = Int.max, ties = 0
        for c in 0..<state.problem.candidateCount(of: f) {
            guard let k = choice(f, cand: c, state: state) else { continue }
            let s = freeSlot(f, cand: c, own: Int(own.slot), state: state)
            guard state.isUsable(f, cand: c, slot: s) else { continue }
            let d = state.place(f, cand: c, slot: s, choice: k)
            state.unplace(f)
            let cost = d.hard * hardWeight + d.soft
            if cost < bestCost {
                (bestCost, ties) = (cost, 1)
            } else if cost == bestCost {
                ties += 1
                guard rng.below(ties) == 0 else { continue }
            } else {
                continue
            }
            best = Move.Position(event: Int32(f), cand: Int32(c), slot: Int32(s), choice: Int32(k))
        }
        return best
    }
}

extension EjectionChain {
    /// An ejection chain with the tuning's limit and hard weight.
    init(tuning: SolverOptions.Tuning) {
        self.init()
        limit = tuning.ejectionLimit
        hardWeight = tuning.ejectionHardWeight
    }
}
