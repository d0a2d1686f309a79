/// Soft: the occurrences of a session spread over at least `minDays` dates; each missing date costs the weight.
/// - Complexity: O(spread groups of the event) per add/remove.
struct Spread: IncrementalConstraint {
    static let name = "spread"
    static let isHard = false
    static let dependsOnRooms = false

    private let membership: EventGroupMembership
    private var count: [Int32]
    private var distinct: [Int32]
    private let days: Int

    init(problem: Problem) {
        membership = EventGroupMembership(problem.spreadGroups, eventCount: problem.eventCount)
        days = problem.dayCount
        count = Array(repeating: 0, count: problem.spreadGroups.count * problem.dayCount)
        distinct = Array(repeating: 0, count: problem.spreadGroups.count)
    }

    /// Cost of the empty placement: every group misses all its days.
    static func baseCost(_ problem: Problem) -> Int {
        problem.spreadGroups.reduce(0) { $0 + Int($1.weight) * max(0, Int($1.parameter)) }
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let d = Int(problem.periodDay[Int(placement.start[e])])
        membership.forEach(e) { g in
            if count[g * days + d] == 0 {
                if distinct[g] < problem.spreadGroups[g].parameter { delta -= Int(problem.spreadGroups[g].weight) }
                distinct[g] += 1
            }
            count[g * days + d] += 1
        }
        return delta
    }

    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let d = Int(problem.periodDay[Int(placement.start[e])])
        membership.forEach(e) { g in
            count[g * days + d] -= 1
            if count[g * days + d] == 0 {
                distinct[g] -= 1
                if distinct[g] < problem.spreadGroups[g].parameter { delta += Int(problem.spreadGroups[g].weight) }
            }
        }
        return delta
    }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        problem.spreadGroups.reduce(0) { total, group in
            let dates = Set(group.events.filter { placement.isPlaced(Int($0)) }.map { problem.periodDay[Int(placement.start[Int($0)])] })
            return total + Int(group.weight) * max(0, Int(group.parameter) - dates.count)
        }
    }
}
