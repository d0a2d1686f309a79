/// Soft: a cohort's event should not stand alone in its day. An event is isolated when no event
/// of the same cohort occupies the period right before its start nor the one right after its end
/// (periods adjacent on the grid: lunch and nights break adjacency). Each isolated event costs
/// the cohort's weight. Events spanning several dates are never isolated but do count as neighbours.
///
/// State: cohort × period occupancy and, per cohort and date, an intrusive list of the one-day
/// events. - Complexity: O(events of the cohort that day) per add/remove.
struct Compactness: IncrementalConstraint {
    private var occupancy: [Int32]
    private var head: [Int32]
    private var next: [Int32]
    private var previous: [Int32]
    private let slotEvent: [Int32]
    private let periods: Int
    private let days: Int

    init(problem: Problem) {
        periods = problem.periodCount
        days = problem.dayCount
        let active = problem.compactnessWeight.contains { $0 > 0 }
        occupancy = Array(repeating: 0, count: active ? problem.cohortCount * problem.periodCount : 0)
        head = Array(repeating: -1, count: active ? problem.cohortCount * problem.dayCount : 0)
        next = Array(repeating: -1, count: problem.eventCohorts.count)
        previous = Array(repeating: -1, count: problem.eventCohorts.count)
        var owner = [Int32](repeating: 0, count: problem.eventCohorts.count)
        for e in 0..<problem.eventCount {
            for i in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) { owner[i] = Int32(e) }
        }
        slotEvent = owner
    }

    @inline(__always)
    private func isIsolated(_ e: Int, cohort c: Int, _ placement: Placement, _ problem: Problem) -> Bool {
        let before = Int(problem.prevAdjacent[Int(placement.start[e])])
        let after = Int(problem.nextAdjacent[placement.last(e)])
        return (before < 0 || occupancy[c * periods + before] == 0) && (after < 0 || occupancy[c * periods + after] == 0)
    }

    private func isolatedCount(cohort c: Int, day d: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var n = 0
        var slot = Int(head[c * days + d])
        while slot >= 0 {
            if isIsolated(Int(slotEvent[slot]), cohort: c, placement, problem) { n += 1 }
            slot = Int(next[slot])
        }
        return n
    }

    private mutating func change(_ e: Int, adding: Bool, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let first = Int(placement.start[e]), last = placement.last(e)
        let d0 = Int(problem.periodDay[first]), d1 = Int(problem.periodDay[last])
        for slot in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) {
            let c = Int(problem.eventCohorts[slot])
            let weight = Int(problem.compactnessWeight[c])
            guard weight > 0 else { continue }
            var before = 0
            for d in d0...d1 { before += isolatedCount(cohort: c, day: d, placement, problem) }
            for p in first...last { occupancy[c * periods + p] += adding ? 1 : -1 }
            if d0 == d1 {
                let h = c * days + d0
                if adding {
                    next[slot] = head[h]
                    previous[slot] = -1
                    if head[h] >= 0 { previous[Int(head[h])] = Int32(slot) }
                    head[h] = Int32(slot)
                } else {
                    if previous[slot] >= 0 { next[Int(previous[slot])] = next[slot] } else { head[h] = next[slot] }
                    if next[slot] >= 0 { previous[Int(next[slot])] = previous[slot] }
                }
            }
            var after = 0
            for d in d0...d1 { after += isolatedCount(cohort: c, day: d, placement, problem) }
            delta += weight * (after - before)
        }
        return delta
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        occupancy.isEmpty ? 0 : change(e, adding: true, placement, problem)
    }

    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        occupancy.isEmpty ? 0 : change(e, adding: false, placement, problem)
    }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        var total = 0
        for c in 0..<problem.cohortCount where problem.compactnessWeight[c] > 0 {
            let events = (0..<problem.eventCount).filter { e in
                placement.isPlaced(e) && problem.eventCohorts[Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1])].contains(Int32(c))
            }
            for e in events where problem.periodDay[Int(placement.start[e])] == problem.periodDay[placement.last(e)] {
                let before = problem.prevAdjacent[Int(placement.start[e])]
                let after = problem.nextAdjacent[placement.last(e)]
                let touched = events.contains { f in
                    f != e && ((before >= 0 && placement.start[f] <= before && before <= Int32(placement.last(f)))
                        || (after >= 0 && placement.start[f] <= after && after <= Int32(placement.last(f))))
                }
                if !touched { total += Int(problem.compactnessWeight[c]) }
            }
        }
        return total
    }
}
