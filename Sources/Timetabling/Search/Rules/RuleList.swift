/// The rules of a search as one statically typed list (``RuleNode`` … ``NoRules``): every call is
/// dispatched statically and inlined, with no existential, allocation or reference counting on
/// the hot path. Each node keeps its rule's incremental total for the score audit when the calls
/// ask for it (``KeepTotals``; ``SkipTotals`` costs nothing).
protocol RuleList: Sendable {
    init(problem: Problem)
    /// The hard and soft cost of the empty placement.
    static func baseCost(_ problem: Problem) -> (hard: Int, soft: Int)
    mutating func add<T: TotalsPolicy>(_ e: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int)
    mutating func remove<T: TotalsPolicy>(_ e: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int)
    mutating func removeRoom<T: TotalsPolicy>(_ e: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int)
    mutating func addRoom<T: TotalsPolicy>(_ e: Int, from oldRoom: Int, _ placement: Placement, _ problem: Problem, _ totals: T.Type) -> (hard: Int, soft: Int)
    /// Each rule's incremental total against its recount of `placement` from scratch.
    func audit(_ placement: Placement, _ problem: Problem, into rows: inout [ScoreCorruption.Rule])
}

/// Whether calls on a ``RuleList`` keep each rule's incremental total: decided by type, so that
/// the choice costs nothing in the hot loop.
protocol TotalsPolicy {
    static var keepsTotals: Bool { get }
}

/// Keep each rule's incremental total (searches with the score audit on).
enum KeepTotals: TotalsPolicy {
    static var keepsTotals: Bool { true }
}

/// Keep no per-rule total (the state's hard and soft totals only).
enum SkipTotals: TotalsPolicy {
    static var keepsTotals: Bool { false }
}
