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
    private var members: [Int32] = []
    private var sides: [Bool] = []
    /// Longest chain tried.
    var limit = 24

    /// Events of each fixed resource (trainers all-of, cohorts), CSR by resource id.
    private let resourceOffsets: [Int32]
    private let resourceEvents: [Int32]
    /// Rooms given to arriving members while a chain is built.
    private var claimed: [Int32] = []

    init(problem: Problem) {
        inChain = Array(repeating: false, count: problem.eventCount)
        var offsets = [Int32](repeating: 0, count: problem.resourceCount + 1)
        for r in problem.fixedResources { offsets[Int(r) + 1] += 1 }
        for r in 0..<problem.resourceCount { offsets[r + 1] += offsets[r] }
        var fill = offsets
        var events = [Int32](repeating: 0, count: problem.fixedResources.count)
        for e in 0..<problem.eventCount {
            for i in Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]) {
                let r = Int(problem.fixedResources[i])
                events[Int(fill[r])] = Int32(e)
                fill[r] += 1
            }
        }
        resourceOffsets = offsets
        resourceEvents = events
    }

    /// Builds the chain that moves `e` to its candidate `c`; false when some member cannot follow.
    mutating func build(_ e: Int, to c: Int, state: SearchState, rng: inout SeededGenerator) -> Bool {
        let problem = state.problem
        let placement = state.placement
        let t1 = placement.start[e], length = placement.length[e]
        let t2 = problem.candPeriod[Int(problem.candOffsets[e]) + c]
        guard t1 != t2 else { return false }
        positions.removeAll(keepingCapacity: true)
        previous.removeAll(keepingCapacity: true)
        sides.removeAll(keepingCapacity: true)
        members.removeAll(keepingCapacity: true)
        members.append(Int32(e))
        sides.append(true)
        inChain[e] = true
        defer { for m in members { inChain[Int(m)] = false } }
        var i = 0
        // Breadth first over the events sharing a fixed resource, restricted to the two starts.
        while i < members.count, members.count <= limit {
            let x = Int(members[i])
            let from = sides[i] ? t2 : t1
            for j in Int(problem.fixedOffsets[x])..<Int(problem.fixedOffsets[x + 1]) {
                let r = Int(problem.fixedResources[j])
                for k in Int(resourceOffsets[r])..<Int(resourceOffsets[r + 1]) {
                    let y = Int(resourceEvents[k])
                    guard !inChain[y], placement.start[y] == from, placement.length[y] == length else { continue }
                    inChain[y] = true
                    members.append(Int32(y))
                    sides.append(!sides[i])
                }
            }
            i += 1
        }
        guard members.count <= limit else { return false }
        let P = problem.periodCount
        claimed.removeAll(keepingCapacity: true)
        for (m, toSecond) in zip(members, sides) {
            let f = Int(m)
            let target = Int(toSecond ? t2 : t1)
            let cand = Int(problem.candidateAt[f * P + target])
            guard cand >= 0 else { return false }
            guard let slot = roomSlot(f, cand: cand, at: target, toSecond: toSecond, state: state, rng: &rng) else { return false }
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

    /// A room slot for member `f` arriving at period `target` (candidate `cand`): its own room when no
    /// event outside the chain holds it there and no other member took it, else a room that a member
    /// leaves there, else its own or a random usable slot (the clash is then left to the cost).
    private mutating func roomSlot(_ f: Int, cand: Int, at target: Int, toSecond: Bool, state: SearchState, rng: inout SeededGenerator) -> Int? {
        let problem = state.problem
        let placement = state.placement
        let own = Int(placement.slot[f])
        let rooms = problem.roomCandidateCount(of: f)
        guard own >= 0, rooms > 0 else { return state.isUsable(f, cand: cand, slot: own) ? own : nil }
        func free(_ r: Int32) -> Bool {
            if claimed.contains(r) { return false }
            guard let holder = state.occupant(room: Int(r), period: target) else { return true }
            return inChain[holder]
        }
        if free(placement.room[f]), state.isUsable(f, cand: cand, slot: own) {
            claimed.append(placement.room[f])
            return own
        }
        let base = Int(problem.roomOffsets[f])
        for (m, side) in zip(members, sides) where side != toSecond {
            let r = placement.room[Int(m)]
            guard r >= 0, free(r) else { continue }
            for s in 0..<rooms where problem.roomList[base + s] == r && state.isUsable(f, cand: cand, slot: s) {
                claimed.append(r)
                return s
            }
        }
        if state.isUsable(f, cand: cand, slot: own) { return own }
        let s = rng.below(rooms)
        return state.isUsable(f, cand: cand, slot: s) ? s : nil
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
