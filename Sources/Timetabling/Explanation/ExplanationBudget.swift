/// How much work an explanation may do. Every check builds a relaxed programme, compiles it and,
/// when neither the compiler nor propagation proves it infeasible, runs a short seeded search.
public struct ExplanationBudget: Hashable, Sendable {
    /// Feasibility checks allowed (compilations, with or without a search).
    public var checks: Int
    /// Moves of the search behind each check (one thread); a subset is consistent when the search
    /// reaches no hard violation within them.
    public var iterations: Int
    /// Nodes of the complete search run when the short search finds nothing (a subset is then
    /// consistent when it finds a schedule within them).
    public var nodes: Int
    /// Seed of every search: the same budget gives the same explanation.
    public var seed: UInt64

    public init(checks: Int = 400, iterations: Int = 20_000, nodes: Int = 2_000, seed: UInt64 = 1) {
        self.checks = checks
        self.iterations = iterations
        self.nodes = nodes
        self.seed = seed
    }
}
