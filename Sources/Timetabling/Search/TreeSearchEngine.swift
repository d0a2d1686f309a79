import Curriculum

/// The working state of one ``TreeSearch``: value tables, live domains with a trail, and the
/// counters of the placed events (resource occupancy, group days and weeks, weekly loads).
struct TreeSearchEngine {
    let problem: Problem
    let nodeBudget: Int
    let checkBudget: Int
    let optimise: Bool
    let deadline: ContinuousClock.Instant?
    let stop: StopFlag?
    let stopsWhen: (@Sendable () -> Bool)?
    /// Shuffles the values of each branching event (randomised restarts); nil: cheapest first.
    private var shuffle: SeededGenerator?

    // Values: (candidate, room slot, pool choice) of each event allowed by its unary tables,
    // CSR by event, sorted by unary cost then time.
    private var valueOffsets: [Int32] = [0]
    private var valueCand: [Int32] = []
    private var valueSlot: [Int32] = []
    private var valueChoice: [Int32] = []
    private var valueCost: [Int32] = []
    private var valueStart: [Int32] = []
    private var valueLength: [Int32] = []
    /// Venue of each value (its room's, else the one its start requires; -1: any).
    private var valueVenue: [Int32] = []
    /// Windows touched by each value (as ``WeeklyLoad`` counts them), CSR by value.
    private var valueWindowOffsets: [Int32] = [0]
    private var valueWindows: [Int32] = []
    /// Depth at which a value was removed, -1 while live.
    private var removedAt: [Int32] = []
    private var trail: [Int32] = []
    private var liveCount: [Int32] = []

    // Rules, with symmetry-breaking arcs added (`startNotBefore` between interchangeable occurrences).
    private var arcs: [OrderArc] = []
    private var arcOffsets: [Int32] = [0]
    private var arcIndex: [Int32] = []
    private let sameDay: EventGroupMembership
    private let differentDays: EventGroupMembership
    private let modules: EventGroupMembership
    /// Events whose domains an assignment of each event can change, CSR by event.
    private var neighbourOffsets: [Int32] = [0]
    private var neighbours: [Int32] = []
    /// Whether a neighbour shares a rule (arc, group, weekly load) and not only resources.
    private var neighbourRuled: [Bool] = []
    /// Weekly load index of each cohort, -1 without one.
    private var loadOfCohort: [Int32]

    // Placed state.
    private var assigned: [Int32]
    private var start: [Int32]
    private var last: [Int32]
    private var occupancy: [Int32]
    private var sameDayCount: [Int32]
    private var sameDayDay: [Int32]
    private var differentDayUsed: [Int32]
    private var moduleCount: [Int32]
    private var moduleLow: [Int32]
    private var moduleHigh: [Int32]
    private var windowCount: [Int32]
    private var weekLoad: [Int32]
    private var stamp: [Int32]
    /// Travel times apply (some are stated): placed events by (trainer or cohort, date), in assignment order.
    private let hasTravel: Bool
    private var holders: [[Int32]]
    private var periodStamp: [Int32]
    /// Per module and fixed resource, the module's events holding that resource (they cannot overlap).
    private var moduleChecks: [(group: Int, events: [Int32])] = []
    private var stampValue: Int32 = 0
    private var counter: [Int32]
    /// Events whose domains shrank and whose order arcs are still to revise (``propagateArcs(depth:)``).
    private var arcQueue: [Int32] = []
    private var isQueued: [Bool]

    // Search bookkeeping.
    private var nodes = 0
    private var checks = 0
    private var unassignedCount: Int
    private var currentCost = 0
    private var best: [Int32]?
    private var bestCost = Int.max
    private var deepest: [Int32] = []
    private var deepestCount = -1
    private var stopped = false
    /// Earliest cohort window that must be taught (its week needs every window still coverable), or -1.
    private var forcedWindow = -1
    private var forcedCohort: Int32 = -1

    init(
        problem: Problem, nodeBudget: Int, checkBudget: Int, optimise: Bool, deadline: ContinuousClock.Instant? = nil, stop: StopFlag? = nil,
        stopsWhen: (@Sendable () -> Bool)? = nil, shuffle: SeededGenerator? = nil
    ) {
        self.stopsWhen = stopsWhen
        self.problem = problem
        self.shuffle = shuffle
        self.nodeBudget = nodeBudget
        self.checkBudget = checkBudget
        self.optimise = optimise
        self.deadline = deadline
        self.stop = stop
        let E = problem.eventCount, P = problem.periodCount
        sameDay = EventGroupMembership(problem.sameDayGroups, eventCount: E)
        differentDays = EventGroupMembership(problem.differentDayGroups, eventCount: E)
        modules = EventGroupMembership(problem.moduleGroups, eventCount: E)
        loadOfCohort = Array(repeating: -1, count: problem.cohortCount)
        for (i, load) in problem.weeklyLoads.enumerated() { loadOfCohort[Int(load.cohort)] = Int32(i) }
        assigned = Array(repeating: -1, count: E)
        start = Array(repeating: -1, count: E)
        last = Array(repeating: -1, count: E)
        occupancy = Array(repeating: 0, count: problem.resourceCount * P)
        sameDayCount = Array(repeating: 0, count: problem.sameDayGroups.count)
        sameDayDay = Array(repeating: -1, count: problem.sameDayGroups.count)
        differentDayUsed = Array(repeating: 0, count: problem.differentDayGroups.count * problem.dayCount)
        moduleCount = Array(repeating: 0, count: problem.moduleGroups.count)
        moduleLow = Array(repeating: Int32.max, count: problem.moduleGroups.count)
        moduleHigh = Array(repeating: -1, count: problem.moduleGroups.count)
        windowCount = Array(repeating: 0, count: problem.weeklyLoads.count * problem.windows.count)
        weekLoad = Array(repeating: 0, count: problem.weeklyLoads.count * problem.weekCount)
        stamp = Array(repeating: 0, count: max(problem.windows.count, problem.weekCount))
        counter = Array(repeating: 0, count: max(problem.windows.count, problem.weekCount))
        periodStamp = Array(repeating: 0, count: P)
        isQueued = Array(repeating: false, count: E)
        hasTravel = problem.travelMinutes.contains { $0 > 0 }
        holders = Array(repeating: [], count: hasTravel ? problem.resourceCount * problem.dayCount : 0)
        for (g, group) in problem.moduleGroups.enumerated() {
            let resources = Set(group.events.flatMap { e in
                problem.fixedResources[Int(problem.fixedOffsets[Int(e)])..<Int(problem.fixedOffsets[Int(e) + 1])]
            }).sorted()
            for r in resources {
                let events = group.events.filter { e in
                    problem.fixedResources[Int(problem.fixedOffsets[Int(e)])..<Int(problem.fixedOffsets[Int(e) + 1])].contains(r)
                }
                moduleChecks.append((g, events))
            }
        }
        unassignedCount = E
        buildValues()
        buildArcs()
        buildNeighbours()
    }

    // MARK: Tables

    private mutating func buildValues() {
        let E = problem.eventCount
        for e in 0..<E {
            var list: [(cost: Int32, c: Int32, s: Int32, k: Int32)] = []
            let rooms = problem.roomCandidateCount(of: e), width = Int(problem.choiceWidth[e])
            for c in 0..<problem.candidateCount(of: e) {
                let index = Int(problem.candOffsets[e]) + c
                let p = Int(problem.candPeriod[index]), n = Int(problem.candLength[index])
                for s in (rooms == 0 ? -1..<0 : 0..<rooms) {
                    if s >= 0 {
                        let r = Int(problem.roomList[Int(problem.roomOffsets[e]) + s])
                        let base = r * (problem.periodCount + 1)
                        guard problem.roomOpenPrefix[base + p + n] - problem.roomOpenPrefix[base + p] == n else { continue }
                        let v = problem.candVenue[index]
                        guard v < 0 || problem.roomVenue[r] == v else { continue }
                    } else if rooms > 0 { continue }
                    for k in 0..<width {
                        let choice = Int(problem.choiceBase[e]) + c * width + k
                        guard problem.choiceAllowed[choice] != 0 else { continue }
                        var cost = problem.choiceCost[choice]
                        if s >= 0 {
                            cost += problem.roomCost[Int(problem.roomOffsets[e]) + s]
                            let base = Int(problem.roomStartBase[e])
                            if base >= 0 { cost += problem.roomStartCost[base + c * rooms + s] }
                        }
                        list.append((cost, Int32(c), Int32(s), Int32(k)))
                    }
                }
            }
            list.sort { ($0.cost, $0.c, $0.s, $0.k) < ($1.cost, $1.c, $1.s, $1.k) }
            for v in list {
                let index = Int(problem.candOffsets[e]) + Int(v.c)
                let p = Int(problem.candPeriod[index]), n = Int(problem.candLength[index])
                valueVenue.append(v.s >= 0 ? problem.roomVenue[Int(problem.roomList[Int(problem.roomOffsets[e]) + Int(v.s)])] : problem.candVenue[index])
                valueStart.append(Int32(p))
                valueLength.append(Int32(n))
                var previous: Int32 = -1
                for q in p..<(p + n) where problem.periodWindow[q] != previous {
                    previous = problem.periodWindow[q]
                    valueWindows.append(previous)
                }
                valueWindowOffsets.append(Int32(valueWindows.count))
                valueCand.append(v.c)
                valueSlot.append(v.s)
                valueChoice.append(v.k)
                valueCost.append(v.cost)
            }
            valueOffsets.append(Int32(valueCand.count))
            liveCount.append(Int32(list.count))
        }
        removedAt = Array(repeating: -1, count: valueCand.count)
    }

    /// The problem's arcs plus `startNotBefore` between consecutive occurrences of a session whose
    /// occurrences are interchangeable (same candidates, no `immediatelyAfter` arc).
    private mutating func buildArcs() {
        arcs = problem.arcs
        var paired = [Bool](repeating: false, count: problem.eventCount)
        for arc in problem.arcs where arc.kind == .immediatelyAfter {
            paired[Int(arc.a)] = true
            paired[Int(arc.b)] = true
        }
        for s in 0..<problem.sessionIDs.count {
            let events = problem.sessionEvents[Int(problem.sessionEventOffsets[s])..<Int(problem.sessionEventOffsets[s + 1])].map(Int.init)
            guard events.count > 1, !events.contains(where: { paired[$0] }) else { continue }
            func candidates(_ e: Int) -> ArraySlice<Int32> { problem.candPeriod[Int(problem.candOffsets[e])..<Int(problem.candOffsets[e + 1])] }
            guard events.dropFirst().allSatisfy({ candidates($0) == candidates(events[0]) }) else { continue }
            for (a, b) in zip(events, events.dropFirst()) {
                arcs.append(OrderArc(a: Int32(a), b: Int32(b), kind: .startNotBefore, source: .synthetic("symmetry")))
            }
        }
        var incident: [[Int32]] = Array(repeating: [], count: problem.eventCount)
        for (i, arc) in arcs.enumerated() {
            incident[Int(arc.a)].append(Int32(i))
            incident[Int(arc.b)].append(Int32(i))
        }
        for list in incident {
            arcIndex += list
            arcOffsets.append(Int32(arcIndex.count))
        }
    }

    /// Events sharing a resource (fixed, pool or room), an arc, a group or a loaded cohort.
    private mutating func buildNeighbours() {
        let E = problem.eventCount, T = problem.trainerCount
        var byResource: [[Int32]] = Array(repeating: [], count: problem.resourceCount)
        for e in 0..<E {
            var resources: [Int] = (Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1])).map { Int(problem.fixedResources[$0]) }
            resources += (Int(problem.poolOffsets[e])..<Int(problem.poolOffsets[e + 1])).map { Int(problem.poolTrainers[$0]) }
            resources += (Int(problem.roomOffsets[e])..<Int(problem.roomOffsets[e + 1])).map { T + Int(problem.roomList[$0]) }
            for r in Set(resources).sorted() { byResource[r].append(Int32(e)) }
        }
        var lists: [[Int32]] = Array(repeating: [], count: E)
        var ruled: [[Int32]] = Array(repeating: [], count: E)
        func link(_ group: [Int32], _ into: inout [[Int32]]) {
            for a in group { for b in group where a != b { into[Int(a)].append(b) } }
        }
        for group in byResource { link(group, &lists) }
        for arc in arcs {
            ruled[Int(arc.a)].append(arc.b)
            ruled[Int(arc.b)].append(arc.a)
        }
        for group in problem.sameDayGroups + problem.differentDayGroups + problem.moduleGroups { link(group.events, &ruled) }
        for load in problem.weeklyLoads {
            link((0..<E).filter { e in
                problem.eventCohorts[Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1])].contains(load.cohort)
            }.map(Int32.init), &ruled)
        }
        var mark = [Int](repeating: -1, count: E)
        for e in 0..<E {
            var unique: [(Int32, Bool)] = []
            for b in ruled[e] where mark[Int(b)] != e {
                mark[Int(b)] = e
                unique.append((b, true))
            }
            for b in lists[e] where mark[Int(b)] != e {
                mark[Int(b)] = e
                unique.append((b, false))
            }
            unique.sort { $0.0 < $1.0 }
            neighbours += unique.map(\.0)
            neighbourRuled += unique.map(\.1)
            neighbourOffsets.append(Int32(neighbours.count))
        }
    }

    // MARK: Values

    @inline(__always) private func period(_ e: Int, _ v: Int) -> (p: Int, n: Int) {
        (Int(valueStart[v]), Int(valueLength[v]))
    }

    /// Resource ids of event `e` at value `v`.
    @inline(__always) private func forEachResource(_ e: Int, _ v: Int, _ body: (Int) -> Void) {
        for i in Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]) { body(Int(problem.fixedResources[i])) }
        if problem.poolOffsets[e + 1] > problem.poolOffsets[e] {
            body(Int(problem.poolTrainers[Int(problem.poolOffsets[e]) + Int(valueChoice[v])]))
        }
        let s = Int(valueSlot[v])
        if s >= 0 { body(problem.trainerCount + Int(problem.roomList[Int(problem.roomOffsets[e]) + s])) }
    }


    /// Trainer and cohort ids of event `e` at value `v` (rooms excluded: they do not travel).
    @inline(__always) private func forEachTraveller(_ e: Int, _ v: Int, _ body: (Int) -> Void) {
        forEachResource(e, v) { r in
            if r < problem.trainerCount || r >= problem.trainerCount + problem.roomCount { body(r) }
        }
    }

    /// Whether `e` at `v` leaves the travel time to and from the placed events of its trainers and cohorts that day.
    private func leavesTravelTime(_ e: Int, _ v: Int) -> Bool {
        let venue = Int(valueVenue[v])
        guard venue >= 0 else { return true }
        let V = problem.venueIDs.count
        let p = Int(valueStart[v]), last = p + Int(valueLength[v]) - 1
        let day = Int(problem.periodDay[p])
        var ok = true
        forEachTraveller(e, v) { r in
            guard ok else { return }
            for f in holders[r * problem.dayCount + day] {
                let other = Int(valueVenue[Int(assigned[Int(f)])])
                guard other >= 0, other != venue else { continue }
                let need = problem.travelMinutes[venue * V + other]
                guard need > 0 else { continue }
                let gap = problem.periodAbsStart[p] <= problem.periodAbsStart[Int(start[Int(f)])]
                    ? problem.periodAbsStart[Int(start[Int(f)])] - problem.periodAbsEnd[last]
                    : problem.periodAbsStart[p] - problem.periodAbsEnd[Int(self.last[Int(f)])]
                if gap < need { ok = false }
            }
        }
        return ok
    }


    /// Whether unplaced event `e` at value `v` breaks no hard rule with the placed events.
    private mutating func isConsistent(_ e: Int, _ v: Int) -> Bool {
        checks += 1
        let P = problem.periodCount
        let (p, n) = period(e, v)
        var clash = false
        forEachResource(e, v) { r in
            guard !clash else { return }
            for q in (r * P + p)..<(r * P + p + n) where occupancy[q] > 0 {
                clash = true
                return
            }
        }
        if clash { return false }
        if hasTravel, !leavesTravelTime(e, v) { return false }
        let lastP = p + n - 1
        for i in Int(arcOffsets[e])..<Int(arcOffsets[e + 1]) {
            let arc = arcs[Int(arcIndex[i])]
            let a = Int(arc.a), b = Int(arc.b)
            if a == e {
                if assigned[b] >= 0, Precedence.isViolated(arc, startA: p, lastA: lastP, startB: Int(start[b]), lastB: Int(last[b]), problem) { return false }
            } else if assigned[a] >= 0, Precedence.isViolated(arc, startA: Int(start[a]), lastA: Int(last[a]), startB: p, lastB: lastP, problem) {
                return false
            }
        }
        let day = problem.periodDay[p]
        for i in Int(sameDay.offsets[e])..<Int(sameDay.offsets[e + 1]) {
            let g = Int(sameDay.groups[i])
            if sameDayCount[g] > 0, sameDayDay[g] != day { return false }
        }
        for i in Int(differentDays.offsets[e])..<Int(differentDays.offsets[e + 1]) {
            if differentDayUsed[Int(differentDays.groups[i]) * problem.dayCount + Int(day)] > 0 { return false }
        }
        let week = problem.periodWeek[p]
        for i in Int(modules.offsets[e])..<Int(modules.offsets[e + 1]) {
            let g = Int(modules.groups[i])
            guard moduleCount[g] > 0 else { continue }
            if max(moduleHigh[g], week) - min(moduleLow[g], week) + 1 > problem.moduleGroups[g].parameter { return false }
        }
        if !problem.weeklyLoads.isEmpty {
            let W = problem.windows.count, weeks = problem.weekCount
            for i in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) {
                let l = Int(loadOfCohort[Int(problem.eventCohorts[i])])
                guard l >= 0 else { continue }
                let maximum = problem.weeklyLoads[l].maximum
                var added = 0, addedWeek = -1
                for i in Int(valueWindowOffsets[v])..<Int(valueWindowOffsets[v + 1]) {
                    let w = Int(valueWindows[i])
                    guard windowCount[l * W + w] == 0 else { continue }
                    let wk = Int(problem.periodWeek[problem.windows[w].firstPeriod])
                    if wk != addedWeek { added = 0; addedWeek = wk }
                    added += 1
                    if weekLoad[l * weeks + wk] + Int32(added) > maximum { return false }
                }
            }
        }
        return true
    }

    // MARK: Assign and undo

    private mutating func assign(_ e: Int, _ v: Int) {
        let (p, n) = period(e, v)
        let P = problem.periodCount
        assigned[e] = Int32(v)
        start[e] = Int32(p)
        last[e] = Int32(p + n - 1)
        unassignedCount -= 1
        currentCost += Int(valueCost[v])
        forEachResource(e, v) { r in for q in (r * P + p)..<(r * P + p + n) { occupancy[q] += 1 } }
        let day = problem.periodDay[p], week = problem.periodWeek[p]
        if hasTravel { forEachTraveller(e, v) { r in holders[r * problem.dayCount + Int(day)].append(Int32(e)) } }
        for i in Int(sameDay.offsets[e])..<Int(sameDay.offsets[e + 1]) {
            let g = Int(sameDay.groups[i])
            sameDayCount[g] += 1
            sameDayDay[g] = day
        }
        for i in Int(differentDays.offsets[e])..<Int(differentDays.offsets[e + 1]) {
            differentDayUsed[Int(differentDays.groups[i]) * problem.dayCount + Int(day)] += 1
        }
        for i in Int(modules.offsets[e])..<Int(modules.offsets[e + 1]) {
            let g = Int(modules.groups[i])
            moduleCount[g] += 1
            moduleLow[g] = min(moduleLow[g], week)
            moduleHigh[g] = max(moduleHigh[g], week)
        }
        changeLoad(e, v, by: 1)
    }

    private mutating func unassign(_ e: Int, previousModules: [(Int32, Int32)]) {
        let v = Int(assigned[e])
        let p = Int(start[e]), n = Int(last[e]) - p + 1
        let P = problem.periodCount
        forEachResource(e, v) { r in for q in (r * P + p)..<(r * P + p + n) { occupancy[q] -= 1 } }
        let day = problem.periodDay[p]
        if hasTravel { forEachTraveller(e, v) { r in holders[r * problem.dayCount + Int(day)].removeLast() } }
        for i in Int(sameDay.offsets[e])..<Int(sameDay.offsets[e + 1]) { sameDayCount[Int(sameDay.groups[i])] -= 1 }
        for i in Int(differentDays.offsets[e])..<Int(differentDays.offsets[e + 1]) {
            differentDayUsed[Int(differentDays.groups[i]) * problem.dayCount + Int(day)] -= 1
        }
        for (j, i) in (Int(modules.offsets[e])..<Int(modules.offsets[e + 1])).enumerated() {
            let g = Int(modules.groups[i])
            moduleCount[g] -= 1
            (moduleLow[g], moduleHigh[g]) = previousModules[j]
        }
        changeLoad(e, v, by: -1)
        currentCost -= Int(valueCost[v])
        unassignedCount += 1
        assigned[e] = -1
        start[e] = -1
        last[e] = -1
    }

    private mutating func changeLoad(_ e: Int, _ v: Int, by step: Int32) {
        guard !problem.weeklyLoads.isEmpty else { return }
        let W = problem.windows.count, weeks = problem.weekCount
        for i in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) {
            let l = Int(loadOfCohort[Int(problem.eventCohorts[i])])
            guard l >= 0 else { continue }
            for j in Int(valueWindowOffsets[v])..<Int(valueWindowOffsets[v + 1]) {
                let w = Int(valueWindows[j])
                let before = windowCount[l * W + w]
                windowCount[l * W + w] += step
                if (before == 0) != (windowCount[l * W + w] == 0) {
                    weekLoad[l * weeks + Int(problem.periodWeek[problem.windows[w].firstPeriod])] += step
                }
            }
        }
    }

    private mutating func remove(_ v: Int, _ e: Int, depth: Int) {
        removedAt[v] = Int32(depth)
        trail.append(Int32(v))
        liveCount[e] -= 1
        if !isQueued[e], arcOffsets[e + 1] > arcOffsets[e] {
            isQueued[e] = true
            arcQueue.append(Int32(e))
        }
    }

    /// Empties the arc queue after a wipe-out; false.
    private mutating func clearArcQueue() -> Bool {
        for x in arcQueue { isQueued[Int(x)] = false }
        arcQueue.removeAll(keepingCapacity: true)
        return false
    }

    /// Bounds consistency of the order arcs between unplaced events, to a fixpoint: a value of one
    /// end is removed when no live value of the other end keeps the arc. Every arc kind but
    /// `immediatelyAfter` compares one time of each end (a start or an end) monotonically, so
    /// the other end's earliest and latest live values (by start and by end) are the only
    /// supports to try. False on a wipe-out.
    private mutating func propagateArcs(depth: Int) -> Bool {
        var ok = true
        while let x = arcQueue.popLast().map(Int.init) {
            isQueued[x] = false
            guard ok, assigned[x] < 0 else { continue }
            // The extremes of x's live values: earliest and latest start, earliest and latest end.
            var extremes = (Int.max, Int.min, Int.max, Int.min, -1, -1, -1, -1)
            for v in Int(valueOffsets[x])..<Int(valueOffsets[x + 1]) where removedAt[v] < 0 {
                let p = Int(valueStart[v]), l = p + Int(valueLength[v]) - 1
                if p < extremes.0 { extremes.0 = p; extremes.4 = v }
                if p > extremes.1 { extremes.1 = p; extremes.5 = v }
                if l < extremes.2 { extremes.2 = l; extremes.6 = v }
                if l > extremes.3 { extremes.3 = l; extremes.7 = v }
            }
            guard extremes.4 >= 0 else { ok = false; continue }
            for i in Int(arcOffsets[x])..<Int(arcOffsets[x + 1]) {
                let arc = arcs[Int(arcIndex[i])]
                if case .immediatelyAfter = arc.kind { continue }
                let xIsA = Int(arc.a) == x
                let y = xIsA ? Int(arc.b) : Int(arc.a)
                guard assigned[y] < 0 else { continue }
                for v in Int(valueOffsets[y])..<Int(valueOffsets[y + 1]) where removedAt[v] < 0 {
                    checks += 1
                    let p = Int(valueStart[v]), l = p + Int(valueLength[v]) - 1
                    func keeps(_ u: Int) -> Bool {
                        let q = Int(valueStart[u]), m = q + Int(valueLength[u]) - 1
                        return xIsA
                            ? !Precedence.isViolated(arc, startA: q, lastA: m, startB: p, lastB: l, problem)
                            : !Precedence.isViolated(arc, startA: p, lastA: l, startB: q, lastB: m, problem)
                    }
                    if !keeps(extremes.4), !keeps(extremes.5), !keeps(extremes.6), !keeps(extremes.7) { remove(v, y, depth: depth) }
                }
                if liveCount[y] == 0 { ok = false; break }
            }
        }
        return ok
    }

    private mutating func restore(to mark: Int) {
        while trail.count > mark {
            let v = Int(trail.removeLast())
            removedAt[v] = -1
            liveCount[eventOf(v)] += 1
        }
    }

    /// The event owning value `v` (binary search in the offsets).
    private func eventOf(_ v: Int) -> Int {
        var lo = 0, hi = problem.eventCount - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if Int(valueOffsets[mid]) <= v { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    // MARK: Propagation

    /// Filters the neighbours of `e` after its assignment; false on a wipe-out or a failed count.
    private mutating func propagate(_ e: Int, depth: Int) -> Bool {
        for i in Int(neighbourOffsets[e])..<Int(neighbourOffsets[e + 1]) {
            let f = Int(neighbours[i])
            guard assigned[f] < 0 else { continue }
            // A neighbour by resources only can lose just the values that overlap `e` in time
            // (or fall on its date, when travel times apply).
            let ruled = neighbourRuled[i]
            let first = start[e], end = last[e], day = problem.periodDay[Int(first)]
            for v in Int(valueOffsets[f])..<Int(valueOffsets[f + 1]) where removedAt[v] < 0 {
                if !ruled {
                    if hasTravel {
                        if problem.periodDay[Int(valueStart[v])] != day { continue }
                    } else if valueStart[v] > end || valueStart[v] + valueLength[v] <= first {
                        continue
                    }
                }
                if !isConsistent(f, v) { remove(v, f, depth: depth) }
            }
            if liveCount[f] == 0 { return clearArcQueue() }
        }
        return propagateArcs(depth: depth) && loadsReachable() && modulesFit()
    }

    /// Every loaded cohort week can still reach its minimum with windows the unplaced events may
    /// cover; sets ``forcedWindow`` to the earliest window that must then be covered.
    private mutating func loadsReachable() -> Bool {
        let W = problem.windows.count, weeks = problem.weekCount
        forcedWindow = -1
        for (l, load) in problem.weeklyLoads.enumerated() where load.minimum > 0 {
            stampValue += 1
            for w in 0..<weeks { counter[w] = 0 }
            for f in 0..<problem.eventCount where assigned[f] < 0 {
                let cohorts = problem.eventCohorts[Int(problem.cohortOffsets[f])..<Int(problem.cohortOffsets[f + 1])]
                guard cohorts.contains(load.cohort) else { continue }
                for v in Int(valueOffsets[f])..<Int(valueOffsets[f + 1]) where removedAt[v] < 0 {
                    checks += 1
                    for i in Int(valueWindowOffsets[v])..<Int(valueWindowOffsets[v + 1]) {
                        let w = Int(valueWindows[i])
                        guard windowCount[l * W + w] == 0, stamp[w] != stampValue else { continue }
                        stamp[w] = stampValue
                        counter[Int(problem.periodWeek[problem.windows[w].firstPeriod])] += 1
                    }
                }
            }
            var forcedWeek = -1
            for w in 0..<weeks {
                let need = min(load.minimum, load.capacity[w])
                if weekLoad[l * weeks + w] + counter[w] < need { return false }
                if forcedWeek < 0, need > weekLoad[l * weeks + w], weekLoad[l * weeks + w] + counter[w] == need { forcedWeek = w }
            }
            if forcedWeek >= 0, forcedWindow < 0 {
                forcedWindow = (0..<W).first { stamp[$0] == stampValue && Int(problem.periodWeek[problem.windows[$0].firstPeriod]) == forcedWeek } ?? -1
                forcedCohort = load.cohort
            }
        }
        return true
    }

    /// Each module's events that share a fixed resource (a trainer, a cohort) cannot overlap, so
    /// together they need as many distinct periods as their shortest values, all inside `weeks`
    /// consecutive weeks that hold the module's placed events.
    private mutating func modulesFit() -> Bool {
        let weeks = problem.weekCount
        for check in moduleChecks where moduleCount[check.group] < problem.moduleGroups[check.group].events.count {
            let g = check.group
            stampValue += 1
            for w in 0..<weeks { counter[w] = 0 }
            var needed = 0
            for f in check.events.map(Int.init) where assigned[f] < 0 {
                var shortest = Int.max
                for v in Int(valueOffsets[f])..<Int(valueOffsets[f + 1]) where removedAt[v] < 0 {
                    checks += 1
                    let p = Int(valueStart[v]), n = Int(valueLength[v])
                    for q in p..<(p + n) where periodStamp[q] != stampValue {
                        periodStamp[q] = stampValue
                        counter[Int(problem.periodWeek[q])] += 1
                    }
                    shortest = min(shortest, n)
                }
                needed += shortest
            }
            guard needed > 0 else { continue }
            let span = Int(problem.moduleGroups[g].parameter)
            let low = moduleCount[g] > 0 ? max(0, Int(moduleHigh[g]) - span + 1) : 0
            let high = moduleCount[g] > 0 ? min(weeks - 1, Int(moduleLow[g]) + span - 1) : weeks - 1
            var best = 0, sum = 0
            for w in low...max(low, high) where w < weeks {
                sum += Int(counter[w])
                if w - span >= low { sum -= Int(counter[w - span]) }
                best = max(best, sum)
            }
            if needed > best { return false }
        }
        return true
    }

    // MARK: Search

    /// The unplaced event with the fewest live values; ties: earliest live start, more neighbours, lower index.
    private func select() -> Int {
        var fewest = Int32.max
        for f in 0..<problem.eventCount where assigned[f] < 0 { fewest = min(fewest, liveCount[f]) }
        var bestEvent = -1
        var key = (Int32.max, 0)
        for f in 0..<problem.eventCount where assigned[f] < 0 && liveCount[f] == fewest {
            var earliest = Int32.max
            for v in Int(valueOffsets[f])..<Int(valueOffsets[f + 1]) where removedAt[v] < 0 {
                earliest = min(earliest, valueStart[v])
            }
            let k = (earliest, -Int(neighbourOffsets[f + 1] - neighbourOffsets[f]))
            if k < key {
                key = k
                bestEvent = f
            }
        }
        return bestEvent
    }

    private mutating func search(depth: Int) {
        if E - unassignedCount > deepestCount {
            deepestCount = E - unassignedCount
            deepest = assigned
        }
        if unassignedCount == 0 {
            if currentCost < bestCost {
                bestCost = currentCost
                best = assigned
            }
            if !optimise { stopped = true }
            return
        }
        let options = branches()
        // The cheapest completion of the other events does not depend on the branch (the state is restored).
        var rest: [Int: Int] = [:]
        for (e, v) in options {
            if stopped { return }
            if nodes >= nodeBudget || checks >= checkBudget {
                stopped = true
                return
            }
            if nodes & 255 == 0, deadline.map({ ContinuousClock.now >= $0 }) == true || stop?.isStopped == true
                || stopsWhen?() == true {
                stopped = true
                return
            }
            if best != nil {
                if rest[e] == nil { rest[e] = remainingCost(excluding: e) }
                if currentCost + Int(valueCost[v]) + rest[e]! >= bestCost { continue }
            }
            nodes += 1
            let mark = trail.count
            let previous = (Int(modules.offsets[e])..<Int(modules.offsets[e + 1])).map {
                (moduleLow[Int(modules.groups[$0])], moduleHigh[Int(modules.groups[$0])])
            }
            assign(e, v)
            if propagate(e, depth: depth) { search(depth: depth + 1) }
            unassign(e, previousModules: previous)
            restore(to: mark)
        }
    }

    private var E: Int { problem.eventCount }

    /// The alternatives of this node: the (event, value) pairs that can cover the forced window
    /// (chronological filling of a cohort's exact load), or else the live values of the most
    /// constrained event.
    private mutating func branches() -> [(Int, Int)] {
        if forcedWindow >= 0 {
            var options: [(cost: Int32, live: Int32, e: Int, v: Int)] = []
            for f in 0..<E where assigned[f] < 0 {
                let cohorts = problem.eventCohorts[Int(problem.cohortOffsets[f])..<Int(problem.cohortOffsets[f + 1])]
                guard cohorts.contains(forcedCohort) else { continue }
                for v in Int(valueOffsets[f])..<Int(valueOffsets[f + 1]) where removedAt[v] < 0 {
                    if valueWindows[Int(valueWindowOffsets[v])..<Int(valueWindowOffsets[v + 1])].contains(Int32(forcedWindow)) {
                        options.append((valueCost[v], liveCount[f], f, v))
                    }
                }
            }
            // Events in the order the programme lists them: a planner lists modules in teaching order.
            return options.sorted { ($0.cost, $0.e, $0.v) < ($1.cost, $1.e, $1.v) }.map { ($0.e, $0.v) }
        }
        let e = select()
        var values = (Int(valueOffsets[e])..<Int(valueOffsets[e + 1])).filter { removedAt[$0] < 0 }
        if shuffle != nil { values.shuffle(using: &shuffle!) }
        return values.map { (e, $0) }
    }

    /// Lower bound of the unary cost still to add besides `e`'s: each other unplaced event's cheapest live value.
    private func remainingCost(excluding e: Int) -> Int {
        var total = 0
        for f in 0..<problem.eventCount where assigned[f] < 0 && f != e {
            for v in Int(valueOffsets[f])..<Int(valueOffsets[f + 1]) where removedAt[v] < 0 {
                total += Int(valueCost[v])
                break
            }
        }
        return total
    }

    mutating func run() -> TreeSearch.Outcome {
        let empty = (0..<E).contains { liveCount[$0] == 0 }
        if !empty {
            for x in 0..<E where arcOffsets[x + 1] > arcOffsets[x] {
                isQueued[x] = true
                arcQueue.append(Int32(x))
            }
        }
        if !empty, propagateArcs(depth: 0), loadsReachable(), modulesFit() { search(depth: 0) }
        let chosen = best ?? deepest
        let positions = (0..<E).map { e -> Move.Position in
            let v = chosen.isEmpty ? -1 : Int(chosen[e])
            guard v >= 0 else { return Move.Position(event: Int32(e), cand: -1, slot: -1, choice: 0) }
            return Move.Position(event: Int32(e), cand: valueCand[v], slot: valueSlot[v], choice: valueChoice[v])
        }
        let cost = chosen.reduce(0) { $0 + ($1 >= 0 ? Int(valueCost[Int($1)]) : 0) }
        return TreeSearch.Outcome(
            positions: positions, isComplete: best != nil, unaryCost: cost, isExhausted: !stopped,
            nodes: nodes, checks: checks)
    }
}
