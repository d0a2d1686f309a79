/// Cheap, sound proofs that a compiled problem has no schedule: bounds propagation of the order
/// rules, same-day and module-week rules and of the periods a pinned (or nearly pinned) event must
/// hold, then counting arguments (a resource's events need more periods than their domains offer;
/// a cohort's weekly load cannot be met or cannot hold its sessions).
///
/// Each pruning only removes starts that no schedule can use, so "infeasible" is a proof; "not
/// proven" says nothing (the solver decides). Used by ``FeasibilityOracle`` before the solver.
struct DomainPropagation {
    let problem: Problem
    /// Alive candidates of each event, by candidate index.
    private var alive: [[Bool]]
    /// Fixed resources of each event (trainers all-of, cohorts, a single candidate room).
    private let resources: [[Int]]
    /// Events of each resource.
    private let eventsOf: [[Int]]

    init(problem: Problem) {
        self.problem = problem
        alive = (0..<problem.eventCount).map { e in
            let width = Int(problem.choiceWidth[e]), base = Int(problem.choiceBase[e])
            return (0..<problem.candidateCount(of: e)).map { c in
                (0..<width).contains { problem.choiceAllowed[base + c * width + $0] != 0 } && DomainPropagation.hasRoom(problem, e, c)
            }
        }
        var resources: [[Int]] = []
        var eventsOf = [[Int]](repeating: [], count: problem.resourceCount)
        for e in 0..<problem.eventCount {
            var list = (Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1])).map { Int(problem.fixedResources[$0]) }
            if problem.roomCandidateCount(of: e) == 1 { list.append(problem.trainerCount + Int(problem.roomList[Int(problem.roomOffsets[e])])) }
            if problem.poolOffsets[e + 1] - problem.poolOffsets[e] == 1 { list.append(Int(problem.poolTrainers[Int(problem.poolOffsets[e])])) }
            resources.append(list)
            for r in list { eventsOf[r].append(e) }
        }
        self.resources = resources
        self.eventsOf = eventsOf
    }

    /// Whether the problem is proven to have no schedule.
    /// - Complexity: O(rounds × (arcs + events × candidates × resources)); a few rounds in practice.
    static func provesInfeasible(_ problem: Problem) -> Bool {
        var propagation = DomainPropagation(problem: problem)
        return propagation.provesInfeasible()
    }

    /// Remaining candidate indices of event `e`.
    func remaining(_ e: Int) -> [Int] { aliveCandidates(e) }

    /// Keeps only candidate `c` of event `e`.
    mutating func assign(_ e: Int, to c: Int) {
        for i in alive[e].indices { alive[e][i] = i == c }
    }

    /// Whether some candidate room of `e` is open, at the right venue, for candidate `c` (true without rooms).
    static func hasRoom(_ problem: Problem, _ e: Int, _ c: Int) -> Bool {
        let first = Int(problem.roomOffsets[e]), end = Int(problem.roomOffsets[e + 1])
        guard first < end else { return true }
        let index = Int(problem.candOffsets[e]) + c
        let p = Int(problem.candPeriod[index]), n = Int(problem.candLength[index]), v = problem.candVenue[index]
        return (first..<end).contains { i in
            let r = Int(problem.roomList[i]), base = r * (problem.periodCount + 1)
            return problem.roomOpenPrefix[base + p + n] - problem.roomOpenPrefix[base + p] == n && (v < 0 || problem.roomVenue[r] == v)
        }
    }

    // MARK: Candidates

    private func start(_ e: Int, _ c: Int) -> Int { Int(problem.candPeriod[Int(problem.candOffsets[e]) + c]) }
    private func last(_ e: Int, _ c: Int) -> Int {
        let i = Int(problem.candOffsets[e]) + c
        return Int(problem.candPeriod[i] + problem.candLength[i] - 1)
    }
    private func length(_ e: Int, _ c: Int) -> Int { Int(problem.candLength[Int(problem.candOffsets[e]) + c]) }
    private func aliveCandidates(_ e: Int) -> [Int] { alive[e].indices.filter { alive[e][$0] } }

    /// Keeps the candidates of `e` whose first and last periods pass `ok`; returns whether any was removed.
    private mutating func keep(_ e: Int, _ ok: (_ start: Int, _ last: Int) -> Bool) -> Bool {
        var changed = false
        for c in alive[e].indices where alive[e][c] && !ok(start(e, c), last(e, c)) {
            alive[e][c] = false
            changed = true
        }
        return changed
    }

    private struct Bounds { var minStart = Int.max, maxStart = -1, minLast = Int.max, maxLast = -1 }

    private func bounds(_ e: Int) -> Bounds {
        var b = Bounds()
        for c in alive[e].indices where alive[e][c] {
            b.minStart = min(b.minStart, start(e, c))
            b.maxStart = max(b.maxStart, start(e, c))
            b.minLast = min(b.minLast, last(e, c))
            b.maxLast = max(b.maxLast, last(e, c))
        }
        return b
    }

    // MARK: Propagation

    /// Prunes to a fixpoint; true when the problem is proven to have no schedule.
    mutating func provesInfeasible() -> Bool {
        for _ in 0..<64 {
            if alive.contains(where: { !$0.contains(true) }) { return true }
            var changed = false
            changed = propagateArcs() || changed
            changed = propagateSameDay() || changed
            changed = propagateModules() || changed
            changed = propagateMandatoryPeriods() || changed
            if !changed { break }
        }
        if alive.contains(where: { !$0.contains(true) }) { return true }
        return resourceOverloaded() || differentDaysImpossible() || weeklyLoadImpossible()
    }

    private mutating func propagateArcs() -> Bool {
        var changed = false
        let absStart = problem.periodAbsStart, absEnd = problem.periodAbsEnd
        for arc in problem.arcs {
            let a = Int(arc.a), b = Int(arc.b)
            let ba = bounds(a), bb = bounds(b)
            guard ba.maxLast >= 0, bb.maxLast >= 0 else { return true }
            switch arc.kind {
            case .endBeforeStart(let gapMinutes, let gapDays):
                func fits(last: Int, start: Int) -> Bool {
                    absEnd[last] + gapMinutes <= absStart[start]
                        && (gapDays < 0 || absStart[start] / 1440 - absStart[last] / 1440 >= gapDays)
                }
                changed = keep(b) { s, _ in fits(last: ba.minLast, start: s) } || changed
                changed = keep(a) { _, l in fits(last: l, start: bb.maxStart) } || changed
            case .startNotBefore:
                changed = keep(b) { s, _ in absStart[s] >= absStart[ba.minStart] } || changed
                changed = keep(a) { s, _ in absStart[s] <= absStart[bb.maxStart] } || changed
            case .endNotAfter:
                changed = keep(b) { _, l in absEnd[l] <= absEnd[ba.maxLast] } || changed
                changed = keep(a) { _, l in absEnd[l] >= absEnd[bb.minLast] } || changed
            case .immediatelyAfter:
                let next = problem.nextAdjacent
                let nexts = Set(aliveCandidates(a).map { Int(next[last(a, $0)]) })
                let starts = Set(aliveCandidates(b).map { start(b, $0) })
                changed = keep(b) { s, _ in nexts.contains(s) } || changed
                changed = keep(a) { _, l in starts.contains(Int(next[l])) } || changed
            case .startWithinDays(let days):
                changed = keep(b) { s, _ in absStart[s] / 1440 - absStart[ba.minLast] / 1440 <= days } || changed
                changed = keep(a) { _, l in absStart[bb.maxStart] / 1440 - absStart[l] / 1440 <= days } || changed
            }
        }
        return changed
    }

    private mutating func propagateSameDay() -> Bool {
        var changed = false
        for group in problem.sameDayGroups where !group.events.isEmpty {
            var days = Set(aliveCandidates(Int(group.events[0])).map { problem.periods[start(Int(group.events[0]), $0)].day })
            for e in group.events.dropFirst() {
                days.formIntersection(aliveCandidates(Int(e)).map { problem.periods[start(Int(e), $0)].day })
            }
            let periods = problem.periods
            for e in group.events { changed = keep(Int(e)) { s, _ in days.contains(periods[s].day) } || changed }
        }
        return changed
    }

    private mutating func propagateModules() -> Bool {
        var changed = false
        for group in problem.moduleGroups where !group.events.isEmpty {
            let span = max(1, Int(group.parameter))
            func week(_ e: Int, _ c: Int) -> Int { Int(problem.periodWeek[start(e, c)]) }
            let weeks = group.events.map { e in Set(aliveCandidates(Int(e)).map { week(Int(e), $0) }) }
            var allowed = Set<Int>()
            for first in 0..<max(1, problem.weekCount) {
                let range = first..<(first + span)
                if weeks.allSatisfy({ $0.contains(where: range.contains) }) { allowed.formUnion(range) }
            }
            let periodWeek = problem.periodWeek
            for e in group.events { changed = keep(Int(e)) { s, _ in allowed.contains(Int(periodWeek[s])) } || changed }
        }
        return changed
    }

    /// Periods every remaining start of an event covers are taken from the other events of its resources.
    private mutating func propagateMandatoryPeriods() -> Bool {
        var changed = false
        for e in 0..<problem.eventCount {
            let b = bounds(e)
            guard b.maxStart >= 0, b.maxStart <= b.minLast else { continue }
            let taken = b.maxStart...b.minLast
            for r in resources[e] {
                for other in eventsOf[r] where other != e {
                    changed = keep(other) { s, l in l < taken.lowerBound || s > taken.upperBound } || changed
                }
            }
        }
        return changed
    }

    // MARK: Counting

    /// Some resource's events need more periods than the union of their remaining starts covers.
    private func resourceOverloaded() -> Bool {
        for events in eventsOf where events.count > 1 {
            var covered = Set<Int>()
            var needed = 0
            for e in events {
                let candidates = aliveCandidates(e)
                needed += candidates.map { length(e, $0) }.min() ?? 0
                for c in candidates { covered.formUnion(start(e, c)...last(e, c)) }
            }
            if needed > covered.count { return true }
        }
        return false
    }

    /// A `differentDays` group has more occurrences than the days they can take.
    private func differentDaysImpossible() -> Bool {
        problem.differentDayGroups.contains { group in
            var days = Set<Int>()
            for e in group.events { days.formUnion(aliveCandidates(Int(e)).map { problem.periods[start(Int(e), $0)].day }) }
            return group.events.count > days.count
        }
    }

    /// A cohort cannot be taught its weekly minimum in some week, or its sessions need more periods
    /// than its weekly maximum lets it use.
    private func weeklyLoadImpossible() -> Bool {
        for load in problem.weeklyLoads {
            let cohort = problem.trainerCount + problem.roomCount + Int(load.cohort)
            var windows = Set<Int>()
            var needed = 0
            for e in eventsOf[cohort] {
                let candidates = aliveCandidates(e)
                needed += candidates.map { length(e, $0) }.min() ?? 0
                for c in candidates { for p in start(e, c)...last(e, c) { windows.insert(Int(problem.periodWindow[p])) } }
            }
            var usable = [[Int]](repeating: [], count: problem.weekCount)
            for w in windows.sorted() {
                usable[Int(problem.periodWeek[problem.windows[w].firstPeriod])].append(problem.windows[w].periodCount)
            }
            var capacity = 0
            for week in 0..<problem.weekCount {
                let required = min(Int(load.minimum), Int(load.capacity[week]))
                if usable[week].count < required { return true }
                capacity += usable[week].sorted(by: >).prefix(max(0, Int(load.maximum))).reduce(0, +)
            }
            if needed > capacity { return true }
            // Each event touches at most the windows its longest remaining start spans.
            var touchable = 0
            for e in eventsOf[cohort] {
                touchable += aliveCandidates(e).map { c in
                    Set((start(e, c)...last(e, c)).map { problem.periodWindow[$0] }).count
                }.max() ?? 0
            }
            let required = (0..<problem.weekCount).reduce(0) { $0 + min(Int(load.minimum), Int(load.capacity[$1])) }
            if required > touchable { return true }
        }
        return false
    }
}
