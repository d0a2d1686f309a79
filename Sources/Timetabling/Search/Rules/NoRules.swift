/// The end of a ``RuleList``: no rule, no cost.
struct NoRules: RuleList {
    init(problem: Problem) {}
    static func baseCost(_ problem: Problem) -> (hard: Int, soft: Int) { (0, 0) }
    @inline(__always) func add<T: TotalsPolicy>(_ e: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int) { (0, 0) }
    @inline(__always) func remove<T: TotalsPolicy>(_ e: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int) { (0, 0) }
    @inline(__always) func removeRoom<T: TotalsPolicy>(_ e: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int) { (0, 0) }
    @inline(__always) func addRoom<T: TotalsPolicy>(_ e: Int, from oldRoom: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int) { (0, 0) }
    func audit(_ placement: Placement, _ problem: Problem, into rows: inout [ScoreCorruption.Rule]) {}
}
