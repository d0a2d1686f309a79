/// Change moves of one event: a new start (its room kept when usable), a new room, or both, or a
/// new pool trainer, drawn by the tuning's weights. A move-or-swap: when the target room is held
/// at the target start by another event, the two exchange starts and rooms (no room clash appears).
///
/// A time move of one event whose new clashes alone cost more than the move could possibly save
/// and than the acceptor's threshold allows is rejected before it is applied.
struct ChangeMoveSelector: MoveSelector {
    static let name = "change"
    static let isJudgedOnHardOnly = false
    private var undoMove = Move(first: .init(event: 0, cand: 0, slot: 0, choice: 0))
    private let startWeight: Int
    private let roomWeight: Int
    private let totalWeight: Int
    private let siblingRoomOneIn: Int
    /// Per event, a bound on the cost a move of it can save besides its own unary cost and
    /// clashes (nil when some rule cannot be bounded cheaply: weekly loads, load limits, travel times).
    private let staticGain: [(hard: Int, soft: Int)]?

    init(problem: Problem, tuning: SolverOptions.Tuning) {
        startWeight = tuning.startMoveWeight
        roomWeight = tuning.roomMoveWeight
        totalWeight = tuning.startMoveWeight + tuning.roomMoveWeight + tuning.startAndRoomMoveWeight
        siblingRoomOneIn = tuning.siblingRoomOneIn
        if problem.weeklyLoads.isEmpty, problem.loadLimits.isEmpty, !problem.travelMinutes.contains(where: { $0 > 0 }) {
            let sameDay = EventGroupMembership(problem.sameDayGroups, eventCount: problem.eventCount)
            let differentDays = EventGroupMembership(problem.differentDayGroups, eventCount: problem.eventCount)
            let modules = EventGroupMembership(problem.moduleGroups, eventCount: problem.eventCount)
            let spread = EventGroupMembership(problem.spreadGroups, eventCount: problem.eventCount)
            staticGain = (0..<problem.eventCount).map { e in
                var hard = Int(problem.arcOffsets[e + 1] - problem.arcOffsets[e])
                sameDay.forEach(e) { _ in hard += 1 }
                differentDays.forEach(e) { _ in hard += 1 }
                modules.forEach(e) { _ in hard += 1 }
                var soft = 2 * Int(problem.roomStabilityWeight)
                spread.forEach(e) { soft += Int(problem.spreadGroups[$0].weight) }
                for i in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) {
                    soft += 4 * Int(problem.compactnessWeight[Int(problem.eventCohorts[i])])
                }
                return (hard, soft)
            }
        } else {
            staticGain = nil
        }
    }

    /// A bound on what moving placed event `e` can save, clashes aside.
    @inline(__always)
    private func gainBound(_ e: Int, hardWeight: Int, _ state: SearchState) -> Int {
        guard let staticGain else { return .max / 4 }
        return staticGain[e].hard * hardWeight + staticGain[e].soft + state.unaryCost(e)
    }

    @inline(__always)
    mutating func apply(
        _ state: inout SearchState, pickers: MovePickers, rng: inout SeededGenerator, hardWeight: Int, threshold: Double
    ) -> (hard: Int, soft: Int)? {
        guard let move = propose(state, pickers, &rng) else { return nil }
        if move.second == nil, move.first.cand != state.placement.cand[Int(move.first.event)],
           Double(hardWeight * state.clashDelta(of: move.first) - gainBound(Int(move.first.event), hardWeight: hardWeight, state)) > threshold {
            return nil // rejected before applying: its new clashes outweigh anything it could gain
        }
        let applied = move.apply(to: &state)
        undoMove = applied.undo
        return (applied.hard, applied.soft)
    }

    @inline(__always)
    mutating func undo(_ state: inout SearchState) { _ = undoMove.apply(to: &state) }

    @inline(__always)
    func forEachPrevious(_ body: (Move.Position) -> Void) { undoMove.forEachPosition(body) }

    private enum Kind { case start, room, startAndRoom }

    @inline(__always)
    private func propose(_ state: SearchState, _ pickers: MovePickers, _ rng: inout SeededGenerator) -> Move? {
        let problem = state.problem
        let e = pickers.event(&rng)
        let c0 = Int(state.placement.cand[e]), s0 = Int(state.placement.slot[e]), k0 = Int(state.placement.choice[e])
        let candidates = problem.candidateCount(of: e), rooms = problem.roomCandidateCount(of: e)
        let width = Int(problem.choiceWidth[e])
        // The last draw of "both" is a pool trainer change instead, when the event has a pool.
        let draw = rng.below(totalWeight)
        if draw == totalWeight - 1, draw >= startWeight + roomWeight, width > 1 { return trainerMove(e, state, &rng) }
        var kind: Kind = draw < startWeight ? .start : draw < startWeight + roomWeight ? .room : .startAndRoom
        if rooms <= 1 { kind = .start } else if candidates <= 1 { kind = .room }
        var c = c0, s = s0
        if kind != .room {
            guard candidates > 1 else { return width > 1 ? trainerMove(e, state, &rng) : nil }
            c = pickers.freeCandidate(e, other: c0, state, &rng)
            if kind == .startAndRoom { s = rng.below(rooms) }
        } else {
            s = rng.below(rooms - 1)
            if s >= s0 { s += 1 }
            // Now and then, the room of another occurrence of the session (room stability).
            let first = Int(problem.sessionEventOffsets[Int(problem.eventSession[e])])
            let n = Int(problem.sessionEventOffsets[Int(problem.eventSession[e]) + 1]) - first
            if n > 1, rng.below(siblingRoomOneIn) == 0 {
                let other = Int(problem.sessionEvents[first + rng.below(n)])
                let r = state.placement.room[other]
                if other != e, r >= 0, pickers.slot(of: e, room: Int(r)) >= 0 { s = pickers.slot(of: e, room: Int(r)) }
            }
        }
        if let swap = swapWithOccupant(e, cand: c, slot: s, state, pickers, &rng) { return swap }
        guard let slot = pickers.roomSlot(e, cand: c, keeping: s, state, &rng),
              let pick = pickers.choice(e, cand: c, keeping: k0, state, &rng)
        else { return nil }
        return Move(first: .init(event: Int32(e), cand: Int32(c), slot: Int32(slot), choice: Int32(pick)))
    }

    /// Move-or-swap: when room slot `s` of `e` at candidate `c` is held by another event starting
    /// there, the two exchange starts and rooms; nil when the room is free, or the exchange is not
    /// possible (then the caller moves `e` alone).
    @inline(__always)
    private func swapWithOccupant(
        _ e: Int, cand c: Int, slot s: Int, _ state: SearchState, _ pickers: MovePickers, _ rng: inout SeededGenerator
    ) -> Move? {
        let problem = state.problem
        guard s >= 0, state.isUsable(e, cand: c, slot: s) else { return nil }
        let P = problem.periodCount
        let t = Int(problem.candPeriod[Int(problem.candOffsets[e]) + c])
        let r = Int(problem.roomList[Int(problem.roomOffsets[e]) + s])
        guard let f = state.occupant(room: r, period: t), f != e, Int(state.placement.start[f]) == t,
              problem.eventSession[f] != problem.eventSession[e]
        else { return nil }
        let c2 = Int(problem.candidateAt[f * P + Int(state.placement.start[e])])
        let r0 = Int(state.placement.room[e])
        guard c2 >= 0, r0 >= 0 else { return nil }
        let s2 = pickers.slot(of: f, room: r0)
        guard s2 >= 0, state.isUsable(f, cand: c2, slot: s2),
              let k1 = pickers.choice(e, cand: c, keeping: Int(state.placement.choice[e]), state, &rng),
              let k2 = pickers.choice(f, cand: c2, keeping: Int(state.placement.choice[f]), state, &rng)
        else { return nil }
        return Move(
            first: .init(event: Int32(e), cand: Int32(c), slot: Int32(s), choice: Int32(k1)),
            second: .init(event: Int32(f), cand: Int32(c2), slot: Int32(s2), choice: Int32(k2)))
    }

    @inline(__always)
    private func trainerMove(_ e: Int, _ state: SearchState, _ rng: inout SeededGenerator) -> Move? {
        var k = rng.below(Int(state.problem.choiceWidth[e]) - 1)
        if k >= Int(state.placement.choice[e]) { k += 1 }
        guard state.isAllowed(e, cand: Int(state.placement.cand[e]), choice: k) else { return nil }
        return Move(first: .init(event: Int32(e), cand: state.placement.cand[e], slot: state.placement.slot[e], choice: Int32(k)))
    }
}
