/// One rule of a ``RuleList`` followed by the rest of the list.
struct RuleNode<Head: IncrementalConstraint, Tail: RuleList>: RuleList {
    var head: Head
    var tail: Tail
    /// The rule's cost as kept incrementally.
    private(set) var total: Int
    private let isActive: Bool

    init(problem: Problem) {
        head = Head(problem: problem)
        tail = Tail(problem: problem)
        total = Head.baseCost(problem)
        isActive = Head.isActive(in: problem)
    }

    static func baseCost(_ problem: Problem) -> (hard: Int, soft: Int) {
        var cost = Tail.baseCost(problem)
        if Head.isHard { cost.hard += Head.baseCost(problem) } else { cost.soft += Head.baseCost(problem) }
        return cost
    }

    @inline(__always)
    private mutating func counted(_ d: Int, _ rest: (hard: Int, soft: Int)) -> (hard: Int, soft: Int) {
        total += d
        return Head.isHard ? (rest.hard + d, rest.soft) : (rest.hard, rest.soft + d)
    }

    @inline(__always)
    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> (hard: Int, soft: Int) {
        let d = isActive ? head.add(e, placement, problem) : 0
        return counted(d, tail.add(e, placement, problem))
    }

    @inline(__always)
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> (hard: Int, soft: Int) {
        let d = isActive ? head.remove(e, placement, problem) : 0
        return counted(d, tail.remove(e, placement, problem))
    }

    @inline(__always)
    mutating func removeRoom(_ e: Int, _ placement: Placement, _ problem: Problem) -> (hard: Int, soft: Int) {
        let d = Head.dependsOnRooms && isActive ? head.removeRoom(e, placement, problem) : 0
        return counted(d, tail.removeRoom(e, placement, problem))
    }

    @inline(__always)
    mutating func addRoom(_ e: Int, from oldRoom: Int, _ placement: Placement, _ problem: Problem) -> (hard: Int, soft: Int) {
        let d = Head.dependsOnRooms && isActive ? head.addRoom(e, from: oldRoom, placement, problem) : 0
        return counted(d, tail.addRoom(e, from: oldRoom, placement, problem))
    }

    func audit(_ placement: Placement, _ problem: Problem, into rows: inout [ScoreCorruption.Rule]) {
        rows.append(.init(name: Head.name, isHard: Head.isHard, incremental: total, recounted: Head.cost(of: placement, problem: problem)))
        tail.audit(placement, problem, into: &rows)
    }
}
