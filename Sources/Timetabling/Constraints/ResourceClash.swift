/// Hard: no trainer, room or cohort holds two events in one period.
///
/// One violation per resource and period per event beyond the first. State: resource × period
/// occupancy counts. - Complexity: O(resources of the event × its periods) per add/remove.
struct ResourceClash: IncrementalConstraint {
    private var occupancy: [Int32]
    private let periods: Int

    init(problem: Problem) {
        periods = problem.periodCount
        occupancy = Array(repeating: 0, count: problem.resourceCount * problem.periodCount)
    }

    /// Resource ids of a placed event: fixed trainers and cohorts, the chosen pool trainer, the room.
    @inline(__always)
    static func forEachResource(_ e: Int, _ placement: Placement, _ problem: Problem, _ body: (Int) -> Void) {
        for i in Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]) { body(Int(problem.fixedResources[i])) }
        let t = placement.trainer[e]
        if t >= 0 { body(Int(t)) }
        let r = placement.room[e]
        if r >= 0 { body(problem.trainerCount + Int(r)) }
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let first = Int(placement.start[e]), count = Int(placement.length[e])
        let P = periods
        occupancy.withUnsafeMutableBufferPointer { occ in
            ResourceClash.forEachResource(e, placement, problem) { res in
                let base = res * P + first
                for i in base..<(base + count) {
                    if occ[i] > 0 { delta += 1 }
                    occ[i] += 1
                }
            }
        }
        return delta
    }

    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let first = Int(placement.start[e]), count = Int(placement.length[e])
        let P = periods
        occupancy.withUnsafeMutableBufferPointer { occ in
            ResourceClash.forEachResource(e, placement, problem) { res in
                let base = res * P + first
                for i in base..<(base + count) {
                    occ[i] -= 1
                    if occ[i] > 0 { delta -= 1 }
                }
            }
        }
        return delta
    }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        var count = [Int](repeating: 0, count: problem.resourceCount * problem.periodCount)
        for e in 0..<problem.eventCount where placement.isPlaced(e) {
            forEachResource(e, placement, problem) { res in
                for p in Int(placement.start[e])...placement.last(e) { count[res * problem.periodCount + p] += 1 }
            }
        }
        return count.reduce(0) { $0 + max(0, $1 - 1) }
    }
}
