/// Hard: no trainer, room or cohort holds two events in one period.
///
/// One violation per resource and period per event beyond the first. State: resource × period
/// occupancy counts. - Complexity: O(resources of the event × its periods) per add/remove.
struct ResourceClash: IncrementalConstraint {
    static let name = "resource clash"
    static let isHard = true
    static let dependsOnRooms = true

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

    /// The change in clashes if placed event `e` moved to `(start, length, room, trainer)`, without moving it.
    func delta(_ e: Int, start: Int, length: Int, room: Int, trainer: Int, _ placement: Placement, _ problem: Problem) -> Int {
        let oldStart = Int(placement.start[e]), oldEnd = oldStart + Int(placement.length[e])
        let oldRoom = Int(placement.room[e]), oldTrainer = Int(placement.trainer[e])
        let P = periods, T = problem.trainerCount
        var delta = 0
        ResourceClash.forEachResource(e, placement, problem) { res in
            for q in oldStart..<oldEnd where occupancy[res * P + q] > 1 { delta -= 1 }
        }
        func add(_ res: Int, keeps: Bool) {
            for q in start..<(start + length) {
                let own: Int32 = keeps && q >= oldStart && q < oldEnd ? 1 : 0
                if occupancy[res * P + q] - own > 0 { delta += 1 }
            }
        }
        for i in Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]) { add(Int(problem.fixedResources[i]), keeps: true) }
        if trainer >= 0 { add(trainer, keeps: trainer == oldTrainer) }
        if room >= 0 { add(T + room, keeps: room == oldRoom) }
        return delta
    }

    /// Events holding resource `res` in period `p`.
    @inline(__always)
    func count(resource res: Int, period p: Int) -> Int { Int(occupancy[res * periods + p]) }

    /// Whether the fixed resources and current pool trainer of placed event `e` are free over
    /// `start..<start + length`, its own occupancy aside.
    func isFree(_ e: Int, start: Int, length: Int, _ placement: Placement, _ problem: Problem) -> Bool {
        let oldStart = Int(placement.start[e]), oldEnd = oldStart + Int(placement.length[e])
        let P = periods
        func free(_ res: Int) -> Bool {
            for q in start..<(start + length) {
                let own: Int32 = q >= oldStart && q < oldEnd ? 1 : 0
                if occupancy[res * P + q] - own > 0 { return false }
            }
            return true
        }
        for i in Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]) where !free(Int(problem.fixedResources[i])) { return false }
        let t = Int(placement.trainer[e])
        return t < 0 || free(t)
    }

    /// A room-only move is counted in one step, by ``addRoom(_:from:_:_:)``.
    mutating func removeRoom(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { 0 }

    mutating func addRoom(_ e: Int, from oldRoom: Int, _ placement: Placement, _ problem: Problem) -> Int {
        changeRoom(e, from: oldRoom, to: Int(placement.room[e]), placement, problem)
    }

    /// Moves event `e` from room `from` to room `to` (room indices) at its current periods.
    mutating func changeRoom(_ e: Int, from: Int, to: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let first = Int(placement.start[e]), count = Int(placement.length[e])
        let P = periods
        occupancy.withUnsafeMutableBufferPointer { occ in
            if from >= 0 {
                let base = (problem.trainerCount + from) * P + first
                for i in base..<(base + count) {
                    occ[i] -= 1
                    if occ[i] > 0 { delta -= 1 }
                }
            }
            if to >= 0 {
                let base = (problem.trainerCount + to) * P + first
                for i in base..<(base + count) {
                    if occ[i] > 0 { delta += 1 }
                    occ[i] += 1
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
