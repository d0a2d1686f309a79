import Foundation

/// One independent search: construction, repair, then simulated annealing with move-or-swaps
/// (time, room, trainer; an event holding the target room exchanges places), swaps of two
/// events' times, and Kempe-chain moves (by default 65 %, 25 % and 10 % of the draws; see
/// ``SolverOptions``). The temperature falls geometrically from the largest soft weight to 1/50
/// of it over the budget. A search still infeasible after 200 000 moves also draws
/// ``EjectionChain`` moves, accepted when they add no hard violation; once feasible, it draws room
/// ejections (``SolverOptions/roomEjectionRate``) judged like any move. Every move is applied, and
/// undone when rejected, except single moves whose new clashes alone outweigh anything they could save.
///
/// Follows Bellio, Ceschia, Di Gaspero, Schaerf, Urli, "Feature-based tuning of single-stage
/// simulated annealing for examination and curriculum-based course timetabling" (Computers &
/// Operations Research, 2016): geometric cooling over the budget, hard violations weighted.
struct Annealer {
    let problem: Problem
    let options: SolverOptions
    let thread: Int
    var state: SearchState
    var rng: SeededGenerator
    private var roomSlotOf: [Int32]
    private let movable: [Int32]
    private var chain: KempeChain
    private var ejection = EjectionChain()
    /// Per event, a bound on the cost a move of it can save besides its own unary cost and
    /// clashes (nil when some rule cannot be bounded cheaply: weekly loads, travel times).
    private let staticGain: [(hard: Int, soft: Int)]?
    /// Base weight of a hard violation; the search raises it while it stays infeasible.
    private let baseHardWeight: Int
    private var hardWeight: Int
    /// Moves without a feasible placement after which the search is deemed stuck and ejects.
    private static let ejectionPatience = 200_000
    /// Draws of a new start looking for one free for the event's trainers and cohorts.
    private let freeCandidateDraws: Int

    init(problem: Problem, options: SolverOptions, thread: Int) {
        self.problem = problem
        self.options = options
        self.thread = thread
        state = SearchState(problem: problem)
        rng = SeededGenerator(seed: SeededGenerator.derived(from: options.seed, index: thread))
        var slots = [Int32](repeating: -1, count: problem.eventCount * problem.roomCount)
        for e in 0..<problem.eventCount {
            for i in Int(problem.roomOffsets[e])..<Int(problem.roomOffsets[e + 1]) {
                slots[e * problem.roomCount + Int(problem.roomList[i])] = Int32(i - Int(problem.roomOffsets[e]))
            }
        }
        roomSlotOf = slots
        chain = KempeChain(problem: problem)
        baseHardWeight = options.hardWeight ?? 10 * problem.maxSoftWeight
        hardWeight = baseHardWeight
        freeCandidateDraws = options.freeStartDraws
        if problem.weeklyLoads.isEmpty, !problem.travelMinutes.contains(where: { $0 > 0 }) {
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
        movable = (0..<problem.eventCount).filter {
            problem.candidateCount(of: $0) * max(1, problem.roomCandidateCount(of: $0)) * Int(problem.choiceWidth[$0]) > 1
        }.map(Int32.init)
    }

    struct Outcome: Sendable {
        var placement: Placement
        var hard: Int
        var soft: Int
        var iterations: Int
        var timeToFeasible: Duration?
    }

    // MARK: Proposals

    /// A bound on what moving placed event `e` can save, clashes aside.
    @inline(__always)
    private func gainBound(_ e: Int) -> Int {
        guard let staticGain else { return .max / 4 }
        return staticGain[e].hard * hardWeight + staticGain[e].soft + state.unaryCost(e)
    }

    /// A pool choice allowed for candidate `c`: `k` when allowed, else another at random.
    @inline(__always)
    private mutating func choice(_ e: Int, cand c: Int, keeping k: Int) -> Int? {
        if state.isAllowed(e, cand: c, choice: k) { return k }
        let width = Int(problem.choiceWidth[e])
        let from = rng.below(width)
        for i in 0..<width where state.isAllowed(e, cand: c, choice: (from + i) % width) { return (from + i) % width }
        return nil
    }

    /// A usable room slot for candidate `c`: `s` when usable, else a random usable one.
    @inline(__always)
    private mutating func roomSlot(_ e: Int, cand c: Int, keeping s: Int) -> Int? {
        if state.isUsable(e, cand: c, slot: s) { return s }
        let rooms = problem.roomCandidateCount(of: e)
        guard rooms > 0 else { return nil }
        for _ in 0..<4 {
            let t = rng.below(rooms)
            if state.isUsable(e, cand: c, slot: t) { return t }
        }
        return nil
    }

    private mutating func proposeMove() -> Move? {
        let e = Int(movable[rng.below(movable.count)])
        let c0 = Int(state.placement.cand[e]), s0 = Int(state.placement.slot[e]), k0 = Int(state.placement.choice[e])
        let candidates = problem.candidateCount(of: e), rooms = problem.roomCandidateCount(of: e)
        let width = Int(problem.choiceWidth[e])
        // 0–5: new start (room kept when usable), 6–7: new room, 8–9: both; a pool trainer change instead of 9.
        var kind = rng.below(10)
        if kind == 9, width > 1 { return trainerMove(e) }
        if rooms <= 1 { kind = 0 } else if candidates <= 1 { kind = 6 }
        var c = c0, s = s0, k = k0
        if kind < 6 || kind >= 8 {
            guard candidates > 1 else { return width > 1 ? trainerMove(e) : nil }
            c = freeCandidate(e, other: c0)
            if kind >= 8 { s = rng.below(rooms) }
        } else {
            s = rng.below(rooms - 1)
            if s >= s0 { s += 1 }
            // Half the time, the room of another occurrence of the session (room stability).
            let first = Int(problem.sessionEventOffsets[Int(problem.eventSession[e])])
            let n = Int(problem.sessionEventOffsets[Int(problem.eventSession[e]) + 1]) - first
            if n > 1, rng.below(2) == 0 {
                let other = Int(problem.sessionEvents[first + rng.below(n)])
                let r = state.placement.room[other]
                if other != e, r >= 0, roomSlotOf[e * problem.roomCount + Int(r)] >= 0 { s = Int(roomSlotOf[e * problem.roomCount + Int(r)]) }
            }
        }
        if let swap = swapWithOccupant(e, cand: c, slot: s) { return swap }
        guard let slot = roomSlot(e, cand: c, keeping: s), let pick = choice(e, cand: c, keeping: k) else { return nil }
        return Move(first: .init(event: Int32(e), cand: Int32(c), slot: Int32(slot), choice: Int32(pick)))
    }

    /// A candidate of `e` other than `c0`, drawn at random; up to a few draws look for one where
    /// the event's trainers and cohorts are free.
    private mutating func freeCandidate(_ e: Int, other c0: Int) -> Int {
        let candidates = problem.candidateCount(of: e)
        var c = c0
        for _ in 0..<freeCandidateDraws {
            c = rng.below(candidates - 1)
            if c >= c0 { c += 1 }
            if state.isFree(e, cand: c) { break }
        }
        return c
    }

    /// Move-or-swap: when room slot `s` of `e` at candidate `c` is held by another event starting
    /// there, the two exchange starts and rooms (so no room clash appears); nil when the room is
    /// free, or the exchange is not possible (then the caller moves `e` alone).
    private mutating func swapWithOccupant(_ e: Int, cand c: Int, slot s: Int) -> Move? {
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
        let s2 = Int(roomSlotOf[f * problem.roomCount + r0])
        guard s2 >= 0, state.isUsable(f, cand: c2, slot: s2),
              let k1 = choice(e, cand: c, keeping: Int(state.placement.choice[e])),
              let k2 = choice(f, cand: c2, keeping: Int(state.placement.choice[f]))
        else { return nil }
        return Move(
            first: .init(event: Int32(e), cand: Int32(c), slot: Int32(s), choice: Int32(k1)),
            second: .init(event: Int32(f), cand: Int32(c2), slot: Int32(s2), choice: Int32(k2)))
    }

    private mutating func trainerMove(_ e: Int) -> Move? {
        let width = Int(problem.choiceWidth[e])
        var k = rng.below(width - 1)
        if k >= Int(state.placement.choice[e]) { k += 1 }
        guard state.isAllowed(e, cand: Int(state.placement.cand[e]), choice: k) else { return nil }
        return Move(first: .init(event: Int32(e), cand: state.placement.cand[e], slot: state.placement.slot[e], choice: Int32(k)))
    }

    /// Two events exchange their starts, and their rooms too at `roomSwapRate` (when both can use
    /// the other's); else each keeps its own.
    private mutating func proposeSwap() -> Move? {
        let e1 = Int(movable[rng.below(movable.count)])
        let e2 = Int(movable[rng.below(movable.count)])
        guard e1 != e2, problem.eventSession[e1] != problem.eventSession[e2], state.placement.start[e1] != state.placement.start[e2] else { return nil }
        let P = problem.periodCount
        let c1 = Int(problem.candidateAt[e1 * P + Int(state.placement.start[e2])])
        let c2 = Int(problem.candidateAt[e2 * P + Int(state.placement.start[e1])])
        guard c1 >= 0, c2 >= 0 else { return nil }
        var s1 = Int(state.placement.slot[e1]), s2 = Int(state.placement.slot[e2])
        if rng.unit() < options.roomSwapRate, state.placement.room[e1] >= 0, state.placement.room[e2] >= 0 {
            let t1 = Int(roomSlotOf[e1 * problem.roomCount + Int(state.placement.room[e2])])
            let t2 = Int(roomSlotOf[e2 * problem.roomCount + Int(state.placement.room[e1])])
            if t1 >= 0, t2 >= 0, state.isUsable(e1, cand: c1, slot: t1), state.isUsable(e2, cand: c2, slot: t2) {
                s1 = t1
                s2 = t2
            }
        }
        guard state.isUsable(e1, cand: c1, slot: s1), state.isUsable(e2, cand: c2, slot: s2),
              let k1 = choice(e1, cand: c1, keeping: Int(state.placement.choice[e1])),
              let k2 = choice(e2, cand: c2, keeping: Int(state.placement.choice[e2]))
        else { return nil }
        return Move(
            first: .init(event: Int32(e1), cand: Int32(c1), slot: Int32(s1), choice: Int32(k1)),
            second: .init(event: Int32(e2), cand: Int32(c2), slot: Int32(s2), choice: Int32(k2)))
    }

    /// A movable event with more than one candidate whose fixed resources or pool trainer clash,
    /// among a few drawn; nil when none was drawn.
    private mutating func clashingEvent() -> Int? {
        for _ in 0..<16 {
            let e = Int(movable[rng.below(movable.count)])
            if problem.candidateCount(of: e) > 1, !state.isFree(e, cand: Int(state.placement.cand[e])) { return e }
        }
        return nil
    }

    /// A room ejection, among a few drawn: an event in a room with a capacity or room cost, and a
    /// cheaper usable room slot at its start; nil when none was drawn.
    private mutating func roomCostEvent() -> (event: Int, slot: Int)? {
        for _ in 0..<16 {
            let e = Int(movable[rng.below(movable.count)])
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

    // MARK: Search

    mutating func run(clock: ContinuousClock, started: ContinuousClock.Instant, termination: some Termination) -> Outcome {
        let construction = Construction()
        construction.build(&state, rng: &rng)
        let repairBudget = min(200 * problem.eventCount + 10_000, options.iterations ?? .max)
        var iterations = construction.repair(&state, rng: &rng, budget: repairBudget) {
            termination.isReached(SearchStatus(iterations: 0, elapsed: clock.now - started, bestHard: .max, bestSoft: .max))
        }
        var best = state.placement
        var (bestCand, bestSlot, bestChoice) = (best.cand, best.slot, best.choice)
        var bestHard = state.hard, bestSoft = state.soft
        var timeToFeasible: Duration? = bestHard == 0 ? clock.now - started : nil
        var currentIsBest = true
        guard !movable.isEmpty else {
            return Outcome(placement: best, hard: bestHard, soft: bestSoft, iterations: iterations, timeToFeasible: timeToFeasible)
        }

        let t0 = options.initialTemperature ?? Double(problem.maxSoftWeight)
        let tEnd = min(t0, options.finalTemperature ?? t0 / 50)
        let ratio = tEnd / t0
        let cycle = 5_000_000
        var temperature = t0
        var lastReport = clock.now
        #if CURSUS_INTERNAL_CHECKS
        let checking = true
        #else
        let checking = options.checksIncrementalCost
        #endif
        let budgetStart = iterations

        while true {
            if iterations & 1023 == 0 {
                let now = clock.now
                let current = SearchStatus(iterations: iterations, elapsed: now - started, bestHard: bestHard, bestSoft: bestSoft)
                if termination.isReached(current) { break }
                var fraction = 0.0
                if let limit = options.iterations { fraction = Double(iterations - budgetStart) / Double(max(1, limit - budgetStart)) }
                if let limit = options.timeLimit { fraction = max(fraction, (now - started) / limit) }
                if options.iterations == nil, options.timeLimit == nil {
                    fraction = Double((iterations - budgetStart) % cycle) / Double(cycle)
                }
                temperature = t0 * pow(ratio, min(1, max(0, fraction)))
                // Strategic oscillation: weigh hard violations more while the current state keeps some.
                hardWeight = state.hard > 0 ? min(100 * baseHardWeight, hardWeight + max(1, hardWeight / 20))
                    : max(baseHardWeight, hardWeight - max(1, hardWeight / 20))
                if let progress = options.progress, now - lastReport >= .milliseconds(500) {
                    lastReport = now
                    progress(SolverProgress(
                        thread: thread, elapsed: now - started, iterations: iterations, hard: state.hard, soft: state.soft,
                        bestHard: bestHard, bestSoft: bestSoft, temperature: temperature))
                }
            }
            iterations += 1
            let draw = rng.unit()
            // The move is accepted when its cost change is at most this (Metropolis: exp(-delta/T) > u).
            let threshold = -temperature * log(rng.unit())
            var undo: Move?
            var ejected = false, judgedOnHard = false
            let dh: Int, ds: Int
            if bestHard > 0, iterations - budgetStart > Self.ejectionPatience, state.hard > 0, options.ejectionRate > 0,
               rng.unit() < options.ejectionRate {
                guard let e = clashingEvent() else { continue }
                var c = rng.below(problem.candidateCount(of: e) - 1)
                if c >= Int(state.placement.cand[e]) { c += 1 }
                guard let d = ejection.apply(e, to: c, state: &state, rng: &rng) else { continue }
                (dh, ds, ejected, judgedOnHard) = (d.hard, d.soft, true, true)
            } else if bestHard == 0, options.roomEjectionRate > 0, rng.unit() < options.roomEjectionRate {
                guard let (e, s) = roomCostEvent(), let d = ejection.applyRoom(e, slot: s, state: &state, rng: &rng) else { continue }
                (dh, ds, ejected) = (d.hard, d.soft, true)
            } else if draw < options.kempeRate {
                let e = Int(movable[rng.below(movable.count)])
                let candidates = problem.candidateCount(of: e)
                guard candidates > 1, chain.build(e, to: rng.below(candidates), state: state, rng: &rng) else { continue }
                (dh, ds) = chain.apply(to: &state)
            } else {
                let move = draw < options.kempeRate + options.swapRate ? proposeSwap() : proposeMove()
                guard let move else { continue }
                if move.second == nil, move.first.cand != state.placement.cand[Int(move.first.event)],
                   Double(hardWeight * state.clashDelta(of: move.first) - gainBound(Int(move.first.event))) > threshold {
                    continue // rejected before applying: its new clashes outweigh anything it could gain
                }
                let applied = move.apply(to: &state)
                (undo, dh, ds) = (applied.undo, applied.hard, applied.soft)
            }
            let delta = dh * hardWeight + ds
            // An ejection is judged on hard violations alone: it may cost soft on the way to feasibility.
            if judgedOnHard ? dh > 0 : delta > 0 && Double(delta) > threshold {
                if let undo { _ = undo.apply(to: &state) } else if ejected { ejection.revert(&state) } else { chain.revert(&state) }
                continue
            }
            if checking {
                let fresh = state.recomputed()
                precondition(fresh.hard == state.hard && fresh.soft == state.soft,
                    "Score corruption after move: incremental (\(state.hard), \(state.soft)) != recomputed (\(fresh.hard), \(fresh.soft))")
            }
            if state.hard < bestHard || (state.hard == bestHard && state.soft < bestSoft) {
                bestHard = state.hard
                bestSoft = state.soft
                currentIsBest = true
                if bestHard == 0, timeToFeasible == nil { timeToFeasible = clock.now - started }
            } else if currentIsBest {
                // Save the best lazily, its primary arrays only: copy the current ones and put back the moved events.
                (bestCand, bestSlot, bestChoice) = (state.placement.cand, state.placement.slot, state.placement.choice)
                func restore(_ u: Move.Position) {
                    (bestCand[Int(u.event)], bestSlot[Int(u.event)], bestChoice[Int(u.event)]) = (u.cand, u.slot, u.choice)
                }
                if let undo {
                    restore(undo.first)
                    if let second = undo.second { restore(second) }
                } else if ejected {
                    ejection.previous.forEach(restore)
                } else {
                    chain.previous.forEach(restore)
                }
                currentIsBest = false
            }
        }
        if currentIsBest {
            best = state.placement
        } else {
            best = Placement(eventCount: problem.eventCount)
            for e in 0..<problem.eventCount where bestCand[e] >= 0 {
                best.set(e, cand: Int(bestCand[e]), slot: Int(bestSlot[e]), choice: Int(bestChoice[e]), problem: problem)
            }
        }
        if bestHard > 0 {
            // Last resort: min-conflicts repair from the best placement.
            var fixed = SearchState(problem: problem)
            for e in 0..<problem.eventCount where best.isPlaced(e) {
                fixed.place(e, cand: Int(best.cand[e]), slot: Int(best.slot[e]), choice: Int(best.choice[e]))
            }
            iterations += construction.repair(&fixed, rng: &rng, budget: 200 * problem.eventCount + 10_000) { false }
            if fixed.hard < bestHard {
                (best, bestHard, bestSoft) = (fixed.placement, fixed.hard, fixed.soft)
                if bestHard == 0 { timeToFeasible = clock.now - started }
            }
        }
        return Outcome(placement: best, hard: bestHard, soft: bestSoft, iterations: iterations, timeToFeasible: timeToFeasible)
    }
}
