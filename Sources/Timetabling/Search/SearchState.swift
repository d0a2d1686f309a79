/// A placement with its incremental evaluation: every hard constraint and soft criterion.
///
/// Concrete constraint values (no existentials) so the hot loop is plain array arithmetic.
struct SearchState: Sendable {
    let problem: Problem
    private(set) var placement: Placement
    private(set) var hard: Int
    private(set) var soft: Int
    private var clash: ResourceClash
    private var precedence: Precedence
    private var sameDay: SameDay
    private var differentDays: DifferentDays
    private var moduleWeeks: ModuleWithinWeeks
    private var weeklyLoad: WeeklyLoad
    private var spread: Spread
    private var compactness: Compactness
    private var roomStability: RoomStability
    private var evenLoad: EvenWeeklyLoad
    private var travel: TravelTime
    /// Per room and period, the event last placed there (-1: none); see ``occupant(room:period:)``.
    private var roomHolder: [Int32]
    private let hasArcs: Bool
    private let hasGroups: Bool

    /// An empty placement: no event placed.
    init(problem: Problem) {
        self.problem = problem
        placement = Placement(eventCount: problem.eventCount)
        clash = ResourceClash(problem: problem)
        precedence = Precedence(problem: problem)
        sameDay = SameDay(problem: problem)
        differentDays = DifferentDays(problem: problem)
        moduleWeeks = ModuleWithinWeeks(problem: problem)
        weeklyLoad = WeeklyLoad(problem: problem)
        spread = Spread(problem: problem)
        compactness = Compactness(problem: problem)
        roomStability = RoomStability(problem: problem)
        evenLoad = EvenWeeklyLoad(problem: problem)
        travel = TravelTime(problem: problem)
        roomHolder = Array(repeating: -1, count: problem.roomCount * problem.periodCount)
        hasArcs = !problem.arcs.isEmpty
        hasGroups = !problem.sameDayGroups.isEmpty || !problem.differentDayGroups.isEmpty || !problem.moduleGroups.isEmpty
        hard = WeeklyLoad.baseCost(problem)
        soft = Spread.baseCost(problem)
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
        if s >= 0 { cost += Int(problem.roomCost[Int(problem.roomOffsets[e]) + s]) }
        return cost
    }

    /// Places unplaced event `e` at (candidate, room slot, pool choice); returns the cost change.
    @discardableResult
    mutating func place(_ e: Int, cand c: Int, slot s: Int, choice k: Int) -> (hard: Int, soft: Int) {
        placement.set(e, cand: c, slot: s, choice: k, problem: problem)
        hold(e, Int(placement.room[e]))
        var h = clash.add(e, placement, problem)
        if hasArcs { h += precedence.add(e, placement, problem) }
        if hasGroups {
            h += sameDay.add(e, placement, problem)
            h += differentDays.add(e, placement, problem)
            h += moduleWeeks.add(e, placement, problem)
        }
        h += weeklyLoad.add(e, placement, problem)
        h += travel.add(e, placement, problem)
        var sc = unaryCost(e)
        sc += spread.add(e, placement, problem)
        sc += compactness.add(e, placement, problem)
        sc += roomStability.add(e, placement, problem)
        sc += evenLoad.add(e, placement, problem)
        hard += h
        soft += sc
        return (h, sc)
    }

    /// Removes placed event `e`; returns the cost change.
    @discardableResult
    mutating func unplace(_ e: Int) -> (hard: Int, soft: Int) {
        var h = clash.remove(e, placement, problem)
        if hasArcs { h += precedence.remove(e, placement, problem) }
        if hasGroups {
            h += sameDay.remove(e, placement, problem)
            h += differentDays.remove(e, placement, problem)
            h += moduleWeeks.remove(e, placement, problem)
        }
        h += weeklyLoad.remove(e, placement, problem)
        h += travel.remove(e, placement, problem)
        var sc = -unaryCost(e)
        sc += spread.remove(e, placement, problem)
        sc += compactness.remove(e, placement, problem)
        sc += roomStability.remove(e, placement, problem)
        sc += evenLoad.remove(e, placement, problem)
        release(e, Int(placement.room[e]))
        placement.clear(e)
        hard += h
        soft += sc
        return (h, sc)
    }

    /// The exact change in resource clashes if placed event `e` moved to `position`, without moving it.
    func clashDelta(of position: Move.Position) -> Int {
        let e = Int(position.event)
        let index = Int(problem.candOffsets[e]) + Int(position.cand)
        let start = Int(problem.candPeriod[index]), length = Int(problem.candLength[index])
        let room = position.slot >= 0 ? Int(problem.roomList[Int(problem.roomOffsets[e]) + Int(position.slot)]) : -1
        let poolStart = Int(problem.poolOffsets[e])
        let trainer = problem.poolOffsets[e + 1] > problem.poolOffsets[e] ? Int(problem.poolTrainers[poolStart + Int(position.choice)]) : -1
        return clash.delta(e, start: start, length: length, room: room, trainer: trainer, placement, problem)
    }

    /// Moves placed event `e` to room slot `s`, time and trainer unchanged: only the rules that
    /// look at rooms (and venues) are updated. Returns the cost change.
    @discardableResult
    mutating func changeRoom(_ e: Int, slot s: Int) -> (hard: Int, soft: Int) {
        let oldRoom = Int(placement.room[e])
        var h = travel.remove(e, placement, problem)
        var sc = roomStability.remove(e, placement, problem)
        let oldSlot = Int(placement.slot[e])
        if oldSlot >= 0 { sc -= Int(problem.roomCost[Int(problem.roomOffsets[e]) + oldSlot]) }
        placement.setRoom(e, slot: s, problem: problem)
        h += clash.changeRoom(e, from: oldRoom, to: Int(placement.room[e]), placement, problem)
        release(e, oldRoom)
        hold(e, Int(placement.room[e]))
        h += travel.add(e, placement, problem)
        sc += roomStability.add(e, placement, problem)
        if s >= 0 { sc += Int(problem.roomCost[Int(problem.roomOffsets[e]) + s]) }
        hard += h
        soft += sc
        return (h, sc)
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
            if clash.count(resource: problem.trainerCount + r, period: p) > 0 {
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
        return clash.isFree(e, start: Int(problem.candPeriod[index]), length: Int(problem.candLength[index]), placement, problem)
    }

    /// Hard and soft cost recomputed from scratch by every constraint's own formula.
    func recomputed() -> (hard: Int, soft: Int) {
        let p = placement
        let hard = ResourceClash.cost(of: p, problem: problem) + Precedence.cost(of: p, problem: problem)
            + SameDay.cost(of: p, problem: problem) + DifferentDays.cost(of: p, problem: problem)
            + ModuleWithinWeeks.cost(of: p, problem: problem) + WeeklyLoad.cost(of: p, problem: problem)
            + TravelTime.cost(of: p, problem: problem)
        var soft = Spread.cost(of: p, problem: problem) + Compactness.cost(of: p, problem: problem)
            + RoomStability.cost(of: p, problem: problem) + EvenWeeklyLoad.cost(of: p, problem: problem)
        for e in 0..<problem.eventCount where p.isPlaced(e) { soft += unaryCost(e) }
        return (hard, soft)
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
