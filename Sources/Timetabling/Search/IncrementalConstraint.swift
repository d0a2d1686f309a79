/// A hard constraint or soft criterion with an incremental cost.
///
/// `add(e)` is called after `e`'s position is written in the placement and returns the cost
/// change; `remove(e)` is called while it is still written, before it is cleared. Only placed
/// events count, so a move of several events is a sequence of removes then adds.
/// `cost(of:)` recomputes the cost from scratch, independently of the incremental state.
protocol IncrementalConstraint: Sendable {
    init(problem: Problem)
    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int
    static func cost(of placement: Placement, problem: Problem) -> Int
}
