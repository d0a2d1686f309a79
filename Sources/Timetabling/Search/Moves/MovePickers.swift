/// What the move selectors share to draw their moves: the events worth moving, and the pickers of
/// a start, a room slot and a pool choice for an event. Built once per problem, shared by threads.
struct MovePickers: Sendable {
    /// Events with more than one (start, room, pool choice) option.
    let movable: [Int32]
    /// Room slot of each (event, room) pair, -1 when the room is no candidate of the event.
    private let roomSlotOf: [Int32]
    private let roomCount: Int
    private let freeStartDraws: Int
    private let roomDraws: Int
    private let eventDraws: Int

    init(problem: Problem, tuning: SolverOptions.Tuning) {
        var slots = [Int32](repeating: -1, count: problem.eventCount * problem.roomCount)
        for e in 0..<problem.eventCount {
            for i in Int(problem.roomOffsets[e])..<Int(problem.roomOffsets[e + 1]) {
                slots[e * problem.roomCount + Int(problem.roomList[i])] = Int32(i - Int(problem.roomOffsets[e]))
            }
        }
        roomSlotOf = slots
        roomCount = problem.roomCount
        movable = (0..<problem.eventCount).filter {
            problem.candidateCount(of: $0) * max(1, problem.roomCandidateCount(of: $0)) * Int(problem.choiceWidth[$0]) > 1
        }.map(Int32.init)
        freeStartDraws = tuning.freeStartDraws
        roomDraws = tuning.roomDraws
        eventDraws = tuning.ejectionEventDraws
    }

    /// A movable event drawn at random.
    @inline(__always)
    func event(_ rng: inout SeededGenerator) -> Int { Int(movable[rng.below(movable.count)]) }

    /// The slot of room `r` among the candidate rooms of `e`, -1 when it is none of them.
    @inline(__always)
    func slot(of e: Int, room r: Int) -> Int { Int(roomSlotOf[e * roomCount + r]) }

    /// A candidate of `e` other than `c0`, drawn at random; up to a few draws look for one where
    /// the event's trainers and cohorts are free.
    @inline(__always)
    func freeCandidate(_ e: Int, other c0: Int, _ state: SearchState, _ rng: inout SeededGenerator) -> Int {
        let candidates = state.problem.candidateCount(of: e)
        var c = c0
        for _ in 0..<freeStartDraws {
            c = rng.below(candidates - 1)
            if c >= c0 { c += 1 }
            if state.isFree(e, cand: c) { break }
        }
        return c
    }

    /// A usable room slot for candidate `c`: `s` when usable, else a random usable one.
    @inline(__always)
    func roomSlot(_ e: Int, cand c: Int, keeping s: Int, _ state: SearchState, _ rng: inout SeededGenerator) -> Int? {
        if state.isUsable(e, cand: c, slot: s) { return s }
        let rooms = state.problem.roomCandidateCount(of: e)
        guard rooms > 0 else { return nil }
        for _ in 0..<roomDraws {
            let t = rng.below(rooms)
            if state.isUsable(e, cand: c, slot: t) { return t }
        }
        return nil
    }

    /// A pool choice allowed for candidate `c`: `k` when allowed, else another at random.
    @inline(__always)
    func choice(_ e: Int, cand c: Int, keeping k: Int, _ state: SearchState, _ rng: inout SeededGenerator) -> Int? {
        if state.isAllowed(e, cand: c, choice: k) { return k }
        let width = Int(state.problem.choiceWidth[e])
        let from = rng.below(width)
        for i in 0..<width where state.isAllowed(e, cand: c, choice: (from + i) % width) { return (from + i) % width }
        return nil
    }

    /// A movable event with more than one candidate whose fixed resources or pool trainer clash,
    /// among a few drawn; nil when none was drawn.
    func clashingEvent(_ state: SearchState, _ rng: inout SeededGenerator) -> Int? {
        for _ in 0..<eventDraws {
            let e = event(&rng)
            if state.problem.candidateCount(of: e) > 1, !state.isFree(e, cand: Int(state.placement.cand[e])) { return e }
        }
        return nil
    }

    /// An event in a room with a capacity or room cost and a cheaper usable room slot at its
    /// start, among a few drawn; nil when none was drawn.
    func roomCostEvent(_ state: SearchState, _ rng: inout SeededGenerator) -> (event: Int, slot: Int)? {
        let problem = state.problem
        for _ in 0..<eventDraws {
            let e = event(&rng)
            let s0 = Int(state.placement.slot[e]), rooms = problem.roomCandidateCount(of: e)
            guard s0 >= 0, rooms > 1 else { continue }
            let offset = Int(problem.roomOffsets[e]), cost = problem.roomCost[offset + s0]
            guard cost > 0 else { continue }
            let from = rng.below(rooms), c = Int(state.placement.cand[e])
            for i in 0..<rooms {
                let s = (from + i) % rooms
                if problem.roomCost[offset + s] < cost, state.isUsable(e, cand: c, slot: s) { return (e, s) }
            }
        }
        return nil
    }
}
