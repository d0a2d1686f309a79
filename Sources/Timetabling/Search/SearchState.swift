/// The rules of the engine, in the order they are evaluated: hard constraints, then soft criteria
/// (the unary costs are tables of the ``Problem``, added by ``SearchState/unaryCost(_:)``).
/// A new rule is one type conforming to ``IncrementalConstraint`` and one entry here.
typealias EngineRules =
    RuleNode<ResourceClash, RuleNode<Precedence, RuleNode<SameDay, RuleNode<DifferentDays, RuleNode<ModuleWithinWeeks,
    RuleNode<WeeklyLoad, RuleNode<TravelTime, RuleNode<LoadLimits, RuleNode<Spread, RuleNode<Compactness, RuleNode<RoomStability,
    RuleNode<EvenWeeklyLoad, RuleNode<LoadPreferences, NoRules>>>>>>>>>>>>>

/// A placement with its incremental evaluation: every hard constraint and soft criterion.
///
/// The rules are one statically typed list (``EngineRules``), so the hot loop is plain array arithmetic.
struct SearchState: Sendable {
    let problem: Problem
    private(set) var placement: Placement
    private(set) var hard: Int
    private(set) var soft: Int
    private var rules: EngineRules
    /// Whether each rule's incremental total is kept, for the score audit (``audit()``).
    let keepsRuleTotals: Bool
    /// The unary soft cost of the placed events, kept apart for the score audit.
    private var unaryTotal = 0
    /// Per room and period, the event last placed there (-1: none); see ``occupant(room:period:)``.
    private var roomHolder: [Int32]

    /// An empty placement: no event placed. With `keepsRuleTotals`, each rule's incremental total
    /// is kept for the score audit (a few instructions more per move).
    init(problem: Problem, keepsRuleTotals: Bool = false) {
        self.problem = problem
        self.keepsRuleTotals = keepsRuleTotals
        placement = Placement(eventCount: problem.eventCount)
        rules = EngineRules(problem: problem)
        roomHolder = Array(repeating: -1, count: problem.roomCount * problem.periodCount)
        (hard, soft) = EngineRules.baseCost(problem)
    }

    /// The current position of event `e`.
    @inline(__always)
    func position(of e: Int) -> Move.Position {
        Move.Position(event: Int32(e), cand: placement.cand[e], slot: placement.slot[e], choice: placement.choice[e])
    }

    /// Unary soft cost of event `e` at its current position.
    @inline(__always)
    func unaryCost(_ e: Int) -> Int {
        let c = Int(placement.cand[e]), k = Int(placement.choice[e])
        var cost = Int(problem.choiceCost[Int(problem.choiceBase[e]) + c * Int(problem.choiceWidth[e]) + k])
        let s = Int(placement.slot[e])
        if s >= 0 {
            cost += Int(problem.roomCost[Int(problem.roomOffsets[e]) + s])
            let base = Int(problem.roomStartBase[e])
            if base >= 0 { cost += Int(problem.roomStartCost[base + c * problem.roomCandidateCount(of: e) + s]) }
        }
        return cost
    }

    /// Places unplaced event `e` at (candidate, room slot, pool choice); returns the cost change.
    @discardableResult
    mutating func place(_ e: Int, cand c: Int, slot s: Int, choice k: Int) -> (hard: Int, soft: Int) {
        placement.set(e, cand: c, slot: s, choice: k, problem: problem)
        hold(e, Int(placement.room[e]))
        var d = keepsRuleTotals ? rules.add(e, placement, problem, KeepTotals.self) : rules.add(e, placement, problem, SkipTotals.self)
        let unary = unaryCost(e)
        if keepsRuleTotals { unaryTotal += unary }
        d.soft += unary
        hard += d.hard
        soft += d.soft
        return d
    }

    /// Removes placed event `e`; returns the cost change.
    @discardableResult
    mutating func unplace(_ e: Int) -> (hard: Int, soft: Int) {
        var d = keepsRuleTotals ? rules.remove(e, placement, problem, KeepTotals.self) : rules.remove(e, placement, problem, SkipTotals.self)
        let unary = unaryCost(e)
        if keepsRuleTotals { unaryTotal -= unary }
        d.soft -= unary
        release(e, Int(placement.room[e]))
        placement.clear(e)
        hard += d.hard
        soft += d.soft
        return d
    }

    /// The exact change in resource clashes if placed event `e` moved to `position`, without moving it.
    func clashDelta(of position: Move.Position) -> Int {
        let e = Int(position.event)
        let index = Int(problem.candOffsets[e]) + Int(position.cand)
        let start = Int(problem.candPeriod[index]), length = Int(problem.candLength[index])
        let room = position.slot >= 0 ? Int(problem.roomList[Int(problem.roomOffsets[e]) + Int(position.slot)]) : -1
        let poolStart = Int(problem.poolOffsets[e])
        let trainer = problem.poolOffsets[e + 1] > problem.poolOffsets[e] ? Int(problem.poolTrainers[poolStart + Int(position.choice)]) : -1
        return rules.head.delta(e, start: start, length: length, room: room, trainer: trainer, placement, problem)
    }

    /// Moves placed event `e` to room slot `s`, time and trainer unchanged: only the rules that
    /// look at rooms (``IncrementalConstraint/dependsOnRooms``) are updated. Returns the cost change.
    @discardableResult
    mutating func changeRoom(_ e: Int, slot s: Int) -> (hard: Int, soft: Int) {
        let oldRoom = Int(placement.room[e])
        let before = unaryCost(e)
        var d: (hard: Int, soft: Int), added: (hard: Int, soft: Int)
        if keepsRuleTotals {
            d = rules.removeRoom(e, placement, problem, KeepTotals.self)
            placement.setRoom(e, slot: s, problem: problem)
            added = rules.addRoom(e, from: oldRoom, placement, problem, KeepTotals.self)
        } else {
            d = rules.removeRoom(e, placement, problem, SkipTotals.self)
            placement.setRoom(e, slot: s, problem: problem)
            added = rules.addRoom(e, from: oldRoom, placement, problem, SkipTotals.self)
        }
        release(e, oldRoom)
        hold(e, Int(placement.room[e]))
        let after = unaryCost(e)
        if keepsRuleTotals { unaryTotal += after - before }
        d.hard += added.hard
        d.soft += added.soft + after - before
        hard += d.hard
        soft += d.soft
        return d
    }

    /// Records placed event `e` as the holder of its periods in room `r` where none holds them yet.
    @inline(__always)
    private mutating func hold(_ e: Int, _ r: Int) {
        guard r >= 0 else { return }
        let P = problem.periodCount
        for p in Int(placement.start[e])...placement.last(e) where occupant(room: r, period: p) == nil { roomHolder[r * P + p] = Int32(e) }
    }

    /// Releases the periods that placed event `e` holds in room `r`, after the clash counts were
    /// updated: another event still in the room there (a room clash) becomes the holder.
    @inline(__always)
    private mutating func release(_ e: Int, _ r: Int) {
        guard r >= 0 else { return }
        let P = problem.periodCount
        for p in Int(placement.start[e])...placement.last(e) where roomHolder[r * P + p] == Int32(e) {
            var holder: Int32 = -1
            if rules.head.count(resource: problem.trainerCount + r, period: p) > 0 {
                for f in 0..<problem.eventCount where f != e && Int(placement.room[f]) == r
                    && Int(placement.start[f]) <= p && p <= placement.last(f) {
                    holder = Int32(f)
                    break
                }
            }
            roomHolder[r * P + p] = holder
        }
    }

    /// An event placed in room `r` over period `p`, if any (one of them when several clash).
    @inline(__always)
    func occupant(room r: Int, period p: Int) -> Int? {
        let f = Int(roomHolder[r * problem.periodCount + p])
        guard f >= 0, Int(placement.room[f]) == r, Int(placement.start[f]) <= p, p <= placement.last(f) else { return nil }
        return f
    }

    /// Whether the fixed resources and pool trainer of placed event `e` are free at candidate `c`.
    @inline(__always)
    func isFree(_ e: Int, cand c: Int) -> Bool {
        let index = Int(problem.candOffsets[e]) + c
        return rules.head.isFree(e, start: Int(problem.candPeriod[index]), length: Int(problem.candLength[index]), placement, problem)
    }

    /// Hard and soft cost recounted from scratch by every rule's own formula.
    func recomputed() -> (hard: Int, soft: Int) {
        audit().reduce(into: (hard: 0, soft: 0)) { total, rule in
            if rule.isHard { total.hard += rule.recounted } else { total.soft += rule.recounted }
        }
    }

    /// Every rule's incremental total beside its recount from scratch (the unary costs as one
    /// row). The incremental figures are kept only by a state made with `keepsRuleTotals`.
    func audit() -> [ScoreCorruption.Rule] {
        var rows: [ScoreCorruption.Rule] = []
        rules.audit(placement, problem, into: &rows)
        var unary = 0
        for e in 0..<problem.eventCount where placement.isPlaced(e) { unary += unaryCost(e) }
        rows.append(.init(name: "unary costs", isHard: false, incremental: unaryTotal, recounted: unary))
        return rows
    }

    // MARK: Domain

    /// Whether room slot `s` of event `e` is open and at the right venue for candidate `c`.
    @inline(__always)
    func isUsable(_ e: Int, cand c: Int, slot s: Int) -> Bool {
        guard s >= 0 else { return problem.roomOffsets[e + 1] == problem.roomOffsets[e] }
        let index = Int(problem.candOffsets[e]) + c
        let p = Int(problem.candPeriod[index]), n = Int(problem.candLength[index])
        let r = Int(problem.roomList[Int(problem.roomOffsets[e]) + s])
        let base = r * (problem.periodCount + 1)
        guard problem.roomOpenPrefix[base + p + n] - problem.roomOpenPrefix[base + p] == n else { return false }
        let v = problem.candVenue[index]
        return v < 0 || problem.roomVenue[r] == v
    }

    /// Whether pool choice `k` of event `e` may run candidate `c`.
    @inline(__always)
    func isAllowed(_ e: Int, cand c: Int, choice k: Int) -> Bool {
        problem.choiceAllowed[Int(problem.choiceBase[e]) + c * Int(problem.choiceWidth[e]) + k] != 0
    }
}
