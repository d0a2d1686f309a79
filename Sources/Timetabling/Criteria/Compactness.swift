/// Soft: a cohort's event should not stand alone in its day. An event is isolated when no event
/// of the same cohort occupies the period right before its start nor the one right after its end
/// (periods adjacent on the grid: lunch and nights break adjacency). Each isolated event costs
/// the cohort's weight. Events spanning several dates are never isolated but do count as neighbours.
///
/// State: cohort × period occupancy, an isolation flag per (event, cohort), and per cohort and
/// period intrusive lists of the one-day events starting and ending there. Only cells whose
/// occupancy turns empty or non-empty can change a neighbour's isolation, so an add or remove
/// re-checks just the events starting right after or ending right before such cells.
/// - Complexity: O(cohorts × periods of the event) per add/remove, plus clashing neighbours.
struct Compactness: IncrementalConstraint {
    private var occupancy: [Int32]
    private var startHead: [Int32]
    private var startNext: [Int32]
    private var startPrevious: [Int32]
    private var endHead: [Int32]
    private var endNext: [Int32]
    private var endPrevious: [Int32]
    private var isolated: [UInt8]
    private let slotEvent: [Int32]
    private let periods: Int

    init(problem: Problem) {
        periods = problem.periodCount
        let active = problem.compactnessWeight.contains { $0 > 0 }
        let cells = active ? problem.cohortCount * problem.periodCount : 0
        occupancy = Array(repeating: 0, count: cells)
        startHead = Array(repeating: -1, count: cells)
        endHead = Array(repeating: -1, count: cells)
        let slots = problem.eventCohorts.count
        startNext = Array(repeating: -1, count: slots)
        startPrevious = Array(repeating: -1, count: slots)
        endNext = Array(repeating: -1, count: slots)
        endPrevious = Array(repeating: -1, count: slots)
        isolated = Array(repeating: 0, count: slots)
        var owner = [Int32](repeating: 0, count: slots)
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

    /// Re-checks the isolation of the events in one list; returns the change in isolated count.
    @inline(__always)
    private mutating func recheck(head: Int32, next: [Int32], cohort c: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        var slot = Int(head)
        while slot >= 0 {
            let now: UInt8 = isIsolated(Int(slotEvent[slot]), cohort: c, placement, problem) ? 1 : 0
            if now != isolated[slot] {
                delta += now == 1 ? 1 : -1
                isolated[slot] = now
            }
            slot = Int(next[slot])
        }
        return delta
    }

    private static func link(_ slot: Int, _ cell: Int, _ head: inout [Int32], _ next: inout [Int32], _ previous: inout [Int32]) {
        next[slot] = head[cell]
        previous[slot] = -1
        if head[cell] >= 0 { previous[Int(head[cell])] = Int32(slot) }
        head[cell] = Int32(slot)
    }

    private static func unlink(_ slot: Int, _ cell: Int, _ head: inout [Int32], _ next: inout [Int32], _ previous: inout [Int32]) {
        if previous[slot] >= 0 { next[Int(previous[slot])] = next[slot] } else { head[cell] = next[slot] }
        if next[slot] >= 0 { previous[Int(next[slot])] = previous[slot] }
    }

    private mutating func change(_ e: Int, adding: Bool, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let first = Int(placement.start[e]), last = placement.last(e)
        let oneDay = problem.periodDay[first] == problem.periodDay[last]
        for slot in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) {
            let c = Int(problem.eventCohorts[slot])
            let weight = Int(problem.compactnessWeight[c])
            guard weight > 0 else { continue }
            let base = c * periods
            var count = 0
            if oneDay, !adding {
                Compactness.unlink(slot, base + first, &startHead, &startNext, &startPrevious)
                Compactness.unlink(slot, base + last, &endHead, &endNext, &endPrevious)
                count -= Int(isolated[slot])
                isolated[slot] = 0
            }
            let step: Int32 = adding ? 1 : -1
            let edge: Int32 = adding ? 1 : 0
            for q in first...last { occupancy[base + q] += step }
            for q in first...last where occupancy[base + q] == edge {
                let after = Int(problem.nextAdjacent[q])
                if after >= 0 { count += recheck(head: startHead[base + after], next: startNext, cohort: c, placement, problem) }
                let before = Int(problem.prevAdjacent[q])
                if before >= 0 { count += recheck(head: endHead[base + before], next: endNext, cohort: c, placement, problem) }
            }
            if oneDay, adding {
                let now: UInt8 = isIsolated(e, cohort: c, placement, problem) ? 1 : 0
                isolated[slot] = now
                count += Int(now)
                Compactness.link(slot, base + first, &startHead, &startNext, &startPrevious)
                Compactness.link(slot, base + last, &endHead, &endNext, &endPrevious)
            }
            delta += weight * count
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
