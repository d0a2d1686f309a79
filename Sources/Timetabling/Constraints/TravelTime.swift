/// Hard: a trainer or cohort with events at two venues on one date needs the venues' travel time
/// between them; each pair of such events closer than that is one violation (per shared resource).
///
/// State: per (resource, date) intrusive lists of the events holding the resource that day.
/// Inactive (free) when no travel time is stated. - Complexity: O(events of the resource that day).
struct TravelTime: IncrementalConstraint {
    static let name = "travel time"
    static let isHard = true
    static let dependsOnRooms = true

    private let active: Bool
    private let days: Int
    private var head: [Int32]
    private var next: [Int32]
    private var previous: [Int32]
    private let slotEvent: [Int32]

    init(problem: Problem) {
        active = problem.travelMinutes.contains { $0 > 0 }
        days = problem.dayCount
        let slots = problem.fixedResources.count + problem.eventCount
        head = Array(repeating: -1, count: active ? problem.resourceCount * problem.dayCount : 0)
        next = Array(repeating: -1, count: active ? slots : 0)
        previous = Array(repeating: -1, count: active ? slots : 0)
        var owner = [Int32](repeating: 0, count: slots)
        for e in 0..<problem.eventCount {
            for i in Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]) { owner[i] = Int32(e) }
            owner[problem.fixedResources.count + e] = Int32(e)
        }
        slotEvent = owner
    }

    /// Venue of a placed event: its room's, else the one its start requires.
    static func venue(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        let r = Int(placement.room[e])
        if r >= 0 { return Int(problem.roomVenue[r]) }
        return Int(problem.candVenue[Int(problem.candOffsets[e]) + Int(placement.cand[e])])
    }

    static func isViolated(_ a: Int, _ b: Int, _ placement: Placement, _ problem: Problem) -> Bool {
        let va = venue(a, placement, problem), vb = venue(b, placement, problem)
        guard va >= 0, vb >= 0, va != vb else { return false }
        let need = problem.travelMinutes[va * problem.venueIDs.count + vb]
        guard need > 0 else { return false }
        let (x, y) = problem.periodAbsStart[Int(placement.start[a])] <= problem.periodAbsStart[Int(placement.start[b])] ? (a, b) : (b, a)
        return problem.periodAbsStart[Int(placement.start[y])] - problem.periodAbsEnd[placement.last(x)] < need
    }

    /// Calls `body` with each (slot, resource) of a placed event, rooms excluded.
    @inline(__always)
    static func forEachSlot(_ e: Int, _ placement: Placement, _ problem: Problem, _ body: (Int, Int) -> Void) {
        let rooms = problem.trainerCount..<(problem.trainerCount + problem.roomCount)
        for i in Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]) where !rooms.contains(Int(problem.fixedResources[i])) {
            body(i, Int(problem.fixedResources[i]))
        }
        if placement.trainer[e] >= 0 { body(problem.fixedResources.count + e, Int(placement.trainer[e])) }
    }

    private func violations(_ e: Int, cell: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var n = 0
        var slot = Int(head[cell])
        while slot >= 0 {
            let f = Int(slotEvent[slot])
            if f != e, TravelTime.isViolated(e, f, placement, problem) { n += 1 }
            slot = Int(next[slot])
        }
        return n
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        guard active else { return 0 }
        var delta = 0
        let day = Int(problem.periodDay[Int(placement.start[e])])
        TravelTime.forEachSlot(e, placement, problem) { slot, resource in
            let cell = resource * days + day
            delta += violations(e, cell: cell, placement, problem)
            next[slot] = head[cell]
            previous[slot] = -1
            if head[cell] >= 0 { previous[Int(head[cell])] = Int32(slot) }
            head[cell] = Int32(slot)
        }
        return delta
    }

    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        guard active else { return 0 }
        var delta = 0
        let day = Int(problem.periodDay[Int(placement.start[e])])
        TravelTime.forEachSlot(e, placement, problem) { slot, resource in
            let cell = resource * days + day
            if previous[slot] >= 0 { next[Int(previous[slot])] = next[slot] } else { head[cell] = next[slot] }
            if next[slot] >= 0 { previous[Int(next[slot])] = previous[slot] }
            delta -= violations(e, cell: cell, placement, problem)
        }
        return delta
    }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        guard problem.travelMinutes.contains(where: { $0 > 0 }) else { return 0 }
        var total = 0
        for e in 0..<problem.eventCount where placement.isPlaced(e) {
            for f in 0..<e where placement.isPlaced(f) && problem.periodDay[Int(placement.start[e])] == problem.periodDay[Int(placement.start[f])] {
                var shared = 0
                forEachSlot(e, placement, problem) { _, a in forEachSlot(f, placement, problem) { _, b in if a == b { shared += 1 } } }
                if shared > 0, isViolated(e, f, placement, problem) { total += shared }
            }
        }
        return total
    }
}
