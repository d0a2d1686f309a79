/// Hard: the occurrences of a session listed in `differentDays` fall on different dates;
/// each occurrence sharing a date with an earlier one is one violation.
/// - Complexity: O(groups of the event) per add/remove.
struct DifferentDays: IncrementalConstraint {
    static let name = "different days"
    static let isHard = true
    static let dependsOnRooms = false
    static let canBeInactive = true
    static func isActive(in problem: Problem) -> Bool { !problem.differentDayGroups.isEmpty }

    private let membership: EventGroupMembership
    private var count: [Int32]
    private let days: Int

    init(problem: Problem) {
        membership = EventGroupMembership(problem.differentDayGroups, eventCount: problem.eventCount)
        days = problem.dayCount
        count = Array(repeating: 0, count: problem.differentDayGroups.count * problem.dayCount)
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let d = Int(problem.periodDay[Int(placement.start[e])])
        membership.forEach(e) { g in
            if count[g * days + d] > 0 { delta += 1 }
            count[g * days + d] += 1
        }
        return delta
    }

    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let d = Int(problem.periodDay[Int(placement.start[e])])
        membership.forEach(e) { g in
            count[g * days + d] -= 1
            if count[g * days + d] > 0 { delta -= 1 }
        }
        return delta
    }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        problem.differentDayGroups.reduce(0) { total, group in
            let placed = group.events.filter { placement.isPlaced(Int($0)) }
            let dates = Set(placed.map { problem.periodDay[Int(placement.start[Int($0)])] })
            return total + placed.count - dates.count
        }
    }
}
