/// A Kempe-chain move: an event moves from its start `t1` to a start `t2`; events at `t2` that
/// share a cohort or fixed trainer with it move to `t1`, those at `t1` sharing one with them move
/// to `t2`, and so on (the chain of the conflict graph restricted to the two starts).
///
/// Only events of the same length as the first take part. Buffers are reused between moves.
struct KempeChain {
    /// New positions of the chain's events, then their old ones (to undo).
    private(set) var positions: [Move.Position] = []
    private(set) var previous: [Move.Position] = []
    private var inChain: [Bool]
    private var atFirst: [Int32] = []
    private var atSecond: [Int32] = []
    private var sides: [Bool] = []
    /// Longest chain tried.
    var limit = 24

    init(eventCount: Int) { inChain = Array(repeating: false, count: eventCount) }

    static func conflict(_ a: Int, _ b: Int, _ problem: Problem) -> Bool {
        for i in Int(problem.fixedOffsets[a])..<Int(problem.fixedOffsets[a + 1]) {
            let r = problem.fixedResources[i]
            for j in Int(problem.fixedOffsets[b])..<Int(problem.fixedOffsets[b + 1]) where problem.fixedResources[j] == r { return true }
        }
        return false
    }

    /// Builds the chain that moves `e` to its candidate `c`; false when some member cannot follow.
    mutating func build(_ e: Int, to c: Int, state: SearchState, rng: inout SeededGenerator) -> Bool {
        let problem = state.problem
        let placement = state.placement
        let t1 = placement.start[e], length = placement.length[e]
        let t2 = problem.candPeriod[Int(problem.candOffsets[e]) + c]
        guard t1 != t2 else { return false }
        atFirst.removeAll(keepingCapacity: true)
        atSecond.removeAll(keepingCapacity: true)
        for f in 0..<problem.eventCount where f != e && placement.length[f] == length {
            if placement.start[f] == t1 { atFirst.append(Int32(f)) } else if placement.start[f] == t2 { atSecond.append(Int32(f)) }
        }
        positions.removeAll(keepingCapacity: true)
        previous.removeAll(keepingCapacity: true)
        sides.removeAll(keepingCapacity: true)
        var members: [Int32] = [Int32(e)]
        sides.append(true)
        inChain[e] = true
        var i = 0
        while i < members.count, members.count <= limit {
            let x = Int(members[i])
            let movesToSecond = sides[i]
            for y in movesToSecond ? atSecond : atFirst where !inChain[Int(y)] && KempeChain.conflict(x, Int(y), problem) {
                inChain[Int(y)] = true
                members.append(y)
                sides.append(!movesToSecond)
            }
            i += 1
        }
        defer { for m in members { inChain[Int(m)] = false } }
        guard members.count <= limit else { return false }
        let P = problem.periodCount
        for (m, toSecond) in zip(members, sides) {
            let f = Int(m)
            let target = Int(toSecond ? t2 : t1)
            let cand = Int(problem.candidateAt[f * P + target])
            guard cand >= 0 else { return false }
            var slot = Int(placement.slot[f])
            if !state.isUsable(f, cand: cand, slot: slot) {
                let rooms = problem.roomCandidateCount(of: f)
                guard rooms > 0 else { return false }
                slot = rng.below(rooms)
                guard state.isUsable(f, cand: cand, slot: slot) else { return false }
            }
            var choice = Int(placement.choice[f])
            if !state.isAllowed(f, cand: cand, choice: choice) {
                guard let k = (0..<Int(problem.choiceWidth[f])).first(where: { state.isAllowed(f, cand: cand, choice: $0) }) else { return false }
                choice = k
            }
            previous.append(state.position(of: f))
            positions.append(Move.Position(event: Int32(f), cand: Int32(cand), slot: Int32(slot), choice: Int32(choice)))
        }
        return true
    }

    /// Moves every event of the chain to its new position; returns the cost change.
    func apply(to state: inout SearchState) -> (hard: Int, soft: Int) { Self.place(positions, replacing: previous, &state) }

    /// Puts every event of the chain back.
    func revert(_ state: inout SearchState) { _ = Self.place(previous, replacing: positions, &state) }

    private static func place(_ new: [Move.Position], replacing old: [Move.Position], _ state: inout SearchState) -> (hard: Int, soft: Int) {
        var h = 0, s = 0
        for p in old {
            let d = state.unplace(Int(p.event))
            h += d.hard; s += d.soft
        }
        for p in new {
            let d = state.place(Int(p.event), cand: Int(p.cand), slot: Int(p.slot), choice: Int(p.choice))
            h += d.hard; s += d.soft
        }
        return (h, s)
    }
}
