/// Hard: every occurrence of a `sameDay` group falls on one date; each extra date is one violation.
/// - Complexity: O(groups of the event) per add/remove.
struct SameDay: IncrementalConstraint {
    static let name = "same day"
    static let isHard = true
    static let dependsOnRooms = false
    static let canBeInactive = true
    static func isActive(in problem: Problem) -> Bool { !problem.sameDayGroups.isEmpty }

    private let membership: EventGroupMembership
    private var count: [Int32]
    private var distinct: [Int32]
    private let days: Int

    init(problem: Problem) {
        membership = EventGroupMembership(problem.sameDayGroups, eventCount: problem.eventCount)
        days = problem.dayCount
        count = Array(repeating: 0, count: problem.sameDayGroups.count * problem.dayCount)
        distinct = Array(repeating: 0, count: problem.sameDayGroups.count)
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let d = Int(problem.periodDay[Int(placement.start[e])])
        membership.forEach(e) { g in
            if count[g * days + d] == 0 {
                if distinct[g] >= 1 { delta += 1 }
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
                if distinct[g] >= 1 { delta -= 1 }
            }
        }
        return delta
    }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        problem.sameDayGroups.reduce(0) { total, group in
            let dates = Set(group.events.filter { placement.isPlaced(Int($0)) }.map { problem.periodDay[Int(placement.start[Int($0)])] })
            return total + max(0, dates.count - 1)
        }
    }
}
