/// Soft: all occurrences of a session use one room; each extra room costs the weight.
/// - Complexity: O(1) per add/remove.
struct RoomStability: IncrementalConstraint {
    static let name = "room stability"
    static let isHard = false
    static let dependsOnRooms = true

    private var count: [Int32]
    private var distinct: [Int32]
    private let rooms: Int

    init(problem: Problem) {
        rooms = problem.roomCount
        let active = problem.roomStabilityWeight > 0
        count = Array(repeating: 0, count: active ? problem.sessionIDs.count * problem.roomCount : 0)
        distinct = Array(repeating: 0, count: problem.sessionIDs.count)
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        let r = Int(placement.room[e])
        guard problem.roomStabilityWeight > 0, r >= 0 else { return 0 }
        let s = Int(problem.eventSession[e])
        count[s * rooms + r] += 1
        guard count[s * rooms + r] == 1 else { return 0 }
        distinct[s] += 1
        return distinct[s] > 1 ? Int(problem.roomStabilityWeight) : 0
    }

    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        let r = Int(placement.room[e])
        guard problem.roomStabilityWeight > 0, r >= 0 else { return 0 }
        let s = Int(problem.eventSession[e])
        count[s * rooms + r] -= 1
        guard count[s * rooms + r] == 0 else { return 0 }
        distinct[s] -= 1
        return distinct[s] >= 1 ? -Int(problem.roomStabilityWeight) : 0
    }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        guard problem.roomStabilityWeight > 0 else { return 0 }
        return problem.sessionIDs.indices.reduce(0) { total, s in
            let events = problem.sessionEvents[Int(problem.sessionEventOffsets[s])..<Int(problem.sessionEventOffsets[s + 1])]
            let used = Set(events.map { placement.room[Int($0)] }.filter { $0 >= 0 })
            return total + Int(problem.roomStabilityWeight) * max(0, used.count - 1)
        }
    }
}
