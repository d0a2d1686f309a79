/// Hard: all events of a module start within `weeks` consecutive ISO weeks; each week beyond is one violation.
/// - Complexity: O(weeks) per add/remove of a module's event.
struct ModuleWithinWeeks: IncrementalConstraint {
    static let name = "module within weeks"
    static let isHard = true
    static let dependsOnRooms = false
    static let canBeInactive = true
    static func isActive(in problem: Problem) -> Bool { !problem.moduleGroups.isEmpty }

    private let membership: EventGroupMembership
    private var count: [Int32]
    private let weeks: Int

    init(problem: Problem) {
        membership = EventGroupMembership(problem.moduleGroups, eventCount: problem.eventCount)
        weeks = problem.weekCount
        count = Array(repeating: 0, count: problem.moduleGroups.count * problem.weekCount)
    }

    private func excess(_ g: Int, _ problem: Problem) -> Int {
        var first = -1, last = -1
        for w in 0..<weeks where count[g * weeks + w] > 0 {
            if first < 0 { first = w }
            last = w
        }
        return first < 0 ? 0 : max(0, last - first + 1 - Int(problem.moduleGroups[g].parameter))
    }

    private mutating func change(_ e: Int, by step: Int32, _ placement: Placement, _ problem: Problem) -> Int {
        var delta = 0
        let w = Int(problem.periodWeek[Int(placement.start[e])])
        membership.forEach(e) { g in
            let before = excess(g, problem)
            count[g * weeks + w] += step
            delta += excess(g, problem) - before
        }
        return delta
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { change(e, by: 1, placement, problem) }
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { change(e, by: -1, placement, problem) }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        problem.moduleGroups.reduce(0) { total, group in
            let ws = group.events.filter { placement.isPlaced(Int($0)) }.map { Int(problem.periodWeek[Int(placement.start[Int($0)])]) }
            guard let lo = ws.min(), let hi = ws.max() else { return total }
            return total + max(0, hi - lo + 1 - Int(group.parameter))
        }
    }
}
