/// Soft: a cohort's event should not stand alone in its day. An event is isolated when no event
/// of the same cohort occupies the period right before its start nor the one right after its end
/// (periods adjacent on the grid: lunch and nights break adjacency). Each isolated event costs
/// the cohort's weight. Events spanning several dates are never isolated but do count as neighbours.
///
/// State: cohort × period occupancy, an isolation flag per (event, cohort), and per cohort and
/// period intrusive lists of the one-day events starting and ending there. Only cells whose
/// occupancy turns empty or non-empty can change a neighbour's isolation, so an add or remove
/// re-checks just the events starting right after or ending right before such cells.
/// When every candidate of every event is one period long (ITC-2007, half-day grains), the lists
/// are not kept: the isolated events of a cohort at a period are its occupancy there when both
/// neighbouring cells are empty, so an add or remove re-counts just three cells per cohort.
/// - Complexity: O(cohorts × periods of the event) per add/remove, plus clashing neighbours;
///   O(cohorts of the event) when all events are one period long.
struct Compactness: IncrementalConstraint {
    static let name = "compactness"
    static let isHard = false
    static let dependsOnRooms = false

    /// One buffer (one uniqueness check per operation): occupancy, start heads, end heads (cells),
    /// then start next, start previous, end next, end previous, isolated flag (slots); occupancy
    /// only when all events are one period long.
    private var storage: [Int32]
    private let slotEvent: [Int32]
    private let periods: Int
    private let cells: Int
    private let slots: Int
    /// Every candidate of every event is one period long: occupancy counts suffice, in rows of
    /// `periods + 1` cells per cohort (the last always empty).
    private let unitLength: Bool
    /// When `unitLength`: per period (and the empty cell), the adjacent periods before and after,
    /// the empty cell where there is none.
    private let neighbours: [Int32]

    init(problem: Problem) {
        periods = problem.periodCount
        let active = problem.compactnessWeight.contains { $0 > 0 }
        cells = active ? problem.cohortCount * problem.periodCount : 0
        slots = problem.eventCohorts.count
        let unit = problem.candLength.allSatisfy { $0 == 1 }
        unitLength = unit
        if unit {
            let empty = Int32(periods)
            neighbours = (0..<periods).flatMap { q in
                [problem.prevAdjacent[q] >= 0 ? problem.prevAdjacent[q] : empty, problem.nextAdjacent[q] >= 0 ? problem.nextAdjacent[q] : empty]
            } + [empty, empty]
            storage = Array(repeating: 0, count: active ? problem.cohortCount * (periods + 1) : 0)
        } else {
            neighbours = []
            storage = Array(repeating: 0, count: cells) + Array(repeating: -1, count: 2 * cells + 4 * slots) + Array(repeating: 0, count: slots)
        }
        var owner = [Int32](repeating: 0, count: slots)
        for e in 0..<problem.eventCount {
            for i in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) { owner[i] = Int32(e) }
        }
        slotEvent = owner
    }

    /// Offsets of the parts of `storage`.
    private struct Layout {
        let startHead: Int, endHead: Int, startNext: Int, startPrevious: Int, endNext: Int, endPrevious: Int, isolated: Int
        init(cells: Int, slots: Int) {
            startHead = cells
            endHead = 2 * cells
            startNext = 3 * cells
            startPrevious = startNext + slots
            endNext = startPrevious + slots
            endPrevious = endNext + slots
            isolated = endPrevious + slots
        }
    }

    @inline(__always)
    private static func isIsolated(
        _ e: Int, base: Int, _ m: UnsafeMutableBufferPointer<Int32>, _ placement: Placement, _ problem: Problem
    ) -> Bool {
        let before = Int(problem.prevAdjacent[Int(placement.start[e])])
        let after = Int(problem.nextAdjacent[placement.last(e)])
        return (before < 0 || m[base + before] == 0) && (after < 0 || m[base + after] == 0)
    }

    /// Re-checks the isolation of the events in one list; returns the change in isolated count.
    @inline(__always)
    private static func recheck(
        head: Int32, next: Int, base: Int, _ m: UnsafeMutableBufferPointer<Int32>, _ l: Layout, _ slotEvent: [Int32],
        _ placement: Placement, _ problem: Problem
    ) -> Int {
        var delta = 0
        var slot = Int(head)
        while slot >= 0 {
            let now: Int32 = Compactness.isIsolated(Int(slotEvent[slot]), base: base, m, placement, problem) ? 1 : 0
            if now != m[l.isolated + slot] {
                delta += now == 1 ? 1 : -1
                m[l.isolated + slot] = now
            }
            slot = Int(m[next + slot])
        }
        return delta
    }

    @inline(__always)
    private static func link(_ slot: Int, _ cell: Int, head: Int, next: Int, previous: Int, _ m: UnsafeMutableBufferPointer<Int32>) {
        m[next + slot] = m[head + cell]
        m[previous + slot] = -1
        if m[head + cell] >= 0 { m[previous + Int(m[head + cell])] = Int32(slot) }
        m[head + cell] = Int32(slot)
    }

    @inline(__always)
    private static func unlink(_ slot: Int, _ cell: Int, head: Int, next: Int, previous: Int, _ m: UnsafeMutableBufferPointer<Int32>) {
        if m[previous + slot] >= 0 { m[next + Int(m[previous + slot])] = m[next + slot] } else { m[head + cell] = m[next + slot] }
        if m[next + slot] >= 0 { m[previous + Int(m[next + slot])] = m[previous + slot] }
    }

    private mutating func change(_ e: Int, adding: Bool, _ placement: Placement, _ problem: Problem) -> Int {
        let first = Int(placement.start[e]), last = placement.last(e)
        let oneDay = problem.periodDay[first] == problem.periodDay[last]
        let l = Layout(cells: cells, slots: slots)
        let periods = periods
        let owners = slotEvent
        return storage.withUnsafeMutableBufferPointer { m in
            var delta = 0
            for slot in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) {
                let c = Int(problem.eventCohorts[slot])
                let weight = Int(problem.compactnessWeight[c])
                guard weight > 0 else { continue }
                let base = c * periods
                var count = 0
                if oneDay, !adding {
                    Compactness.unlink(slot, base + first, head: l.startHead, next: l.startNext, previous: l.startPrevious, m)
                    Compactness.unlink(slot, base + last, head: l.endHead, next: l.endNext, previous: l.endPrevious, m)
                    count -= Int(m[l.isolated + slot])
                    m[l.isolated + slot] = 0
                }
                let step: Int32 = adding ? 1 : -1
                let edge: Int32 = adding ? 1 : 0
                for q in first...last { m[base + q] += step }
                for q in first...last where m[base + q] == edge {
                    let after = Int(problem.nextAdjacent[q])
                    if after >= 0 { count += Compactness.recheck(head: m[l.startHead + base + after], next: l.startNext, base: base, m, l, owners, placement, problem) }
                    let before = Int(problem.prevAdjacent[q])
                    if before >= 0 { count += Compactness.recheck(head: m[l.endHead + base + before], next: l.endNext, base: base, m, l, owners, placement, problem) }
                }
                if oneDay, adding {
                    let now: Int32 = Compactness.isIsolated(e, base: base, m, placement, problem) ? 1 : 0
                    m[l.isolated + slot] = now
                    count += Int(now)
                    Compactness.link(slot, base + first, head: l.startHead, next: l.startNext, previous: l.startPrevious, m)
                    Compactness.link(slot, base + last, head: l.endHead, next: l.endNext, previous: l.endPrevious, m)
                }
                delta += weight * count
            }
            return delta
        }
    }

    /// ``change(_:adding:_:_:)`` when all events are one period long: a cohort's isolated count
    /// changes only at the event's period and its two neighbours (branch-free: a missing neighbour
    /// is the row's always-empty last cell).
    private mutating func changeUnit(_ e: Int, step: Int32, _ placement: Placement, _ problem: Problem) -> Int {
        let q = Int(placement.start[e])
        let b = Int(neighbours[2 * q]), a = Int(neighbours[2 * q + 1])
        let bb = Int(neighbours[2 * b]), aa = Int(neighbours[2 * a + 1])
        let stride = periods + 1
        @inline(__always) func isolated(_ count: Int32, _ around: Int32) -> Int { around == 0 ? Int(count) : 0 }
        return storage.withUnsafeMutableBufferPointer { m in
            var delta = 0
            for slot in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) {
                let c = Int(problem.eventCohorts[slot])
                let weight = Int(problem.compactnessWeight[c])
                let base = c * stride
                let mb = m[base + b], mq = m[base + q], ma = m[base + a], mbb = m[base + bb], maa = m[base + aa]
                let old = isolated(mb, mbb | mq) + isolated(mq, mb | ma) + isolated(ma, mq | maa)
                let nq = mq + step
                m[base + q] = nq
                delta += weight * (isolated(mb, mbb | nq) + isolated(nq, mb | ma) + isolated(ma, nq | maa) - old)
            }
            return delta
        }
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        cells == 0 ? 0 : unitLength ? changeUnit(e, step: 1, placement, problem) : change(e, adding: true, placement, problem)
    }

    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        cells == 0 ? 0 : unitLength ? changeUnit(e, step: -1, placement, problem) : change(e, adding: false, placement, problem)
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
