/// One rule of a ``RuleList`` followed by the rest of the list.
struct RuleNode<Head: IncrementalConstraint, Tail: RuleList>: RuleList {
    var head: Head
    var tail: Tail
    /// The rule's cost as kept incrementally (by the calls with ``KeepTotals``).
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

    /// Whether the rule runs: always, unless it can be inactive and is.
    @inline(__always)
    private var runs: Bool { !Head.canBeInactive || isActive }

    @inline(__always)
    private mutating func counted<T: TotalsPolicy>(_ d: Int, _ rest: (hard: Int, soft: Int), _ totals: T.Type) -> (hard: Int, soft: Int) {
        if T.keepsTotals { total += d }
        return Head.isHard ? (rest.hard + d, rest.soft) : (rest.hard, rest.soft + d)
    }

    @inline(__always)
    mutating func add<T: TotalsPolicy>(_ e: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int) {
        let d = runs ? head.add(e, placement, problem) : 0
        return counted(d, tail.add(e, placement, problem, totals), totals)
    }

    @inline(__always)
    mutating func remove<T: TotalsPolicy>(_ e: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int) {
        let d = runs ? head.remove(e, placement, problem) : 0
        return counted(d, tail.remove(e, placement, problem, totals), totals)
    }

    @inline(__always)
    mutating func removeRoom<T: TotalsPolicy>(_ e: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int) {
        let d = Head.dependsOnRooms && runs ? head.removeRoom(e, placement, problem) : 0
        return counted(d, tail.removeRoom(e, placement, problem, totals), totals)
    }

    @inline(__always)
    mutating func addRoom<T: TotalsPolicy>(
        _ e: Int, from oldRoom: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type
    ) -> (hard: Int, soft: Int) {
        let d = Head.dependsOnRooms && runs ? head.addRoom(e, from: oldRoom, placement, problem) : 0
        return counted(d, tail.addRoom(e, from: oldRoom, placement, problem, totals), totals)
    }

    func audit(_ placement: Placement, _ problem: Problem, into rows: inout [ScoreCorruption.Rule]) {
        rows.append(.init(name: Head.name, isHard: Head.isHard, incremental: total, recounted: Head.cost(of: placement, problem: problem)))
        tail.audit(placement, problem, into: &rows)
    }
}
