/// The rules of a search as one statically typed list (``RuleNode`` … ``NoRules``): every call is
/// dispatched statically and inlined, with no existential, allocation or reference counting on
/// the hot path. Each node keeps its rule's incremental total for the score audit.
protocol RuleList: Sendable {
    init(problem: Problem)
    /// The hard and soft cost of the empty placement.
    static func baseCost(_ problem: Problem) -> (hard: Int, soft: Int)
    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> (hard: Int, soft: Int)
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> (hard: Int, soft: Int)
    mutating func removeRoom(_ e: Int, _ placement: Placement, _ problem: Problem) -> (hard: Int, soft: Int)
    mutating func addRoom(_ e: Int, from oldRoom: Int, _ placement: Placement, _ problem: Problem) -> (hard: Int, soft: Int)
    /// Each rule's incremental total against its recount of `placement` from scratch.
    func audit(_ placement: Placement, _ problem: Problem, into rows: inout [ScoreCorruption.Rule])
}
