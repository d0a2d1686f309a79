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
    /// Seed of every search: the same budget gives the same explanation (when it ends before its time).
    public var seed: UInt64
    /// Wall-clock time for the whole explanation (`cursus explain --proof-time`, default 30 s):
    /// each check may spend a twentieth of it in the complete tree search that proves a subset
    /// impossible; what is not proven within it is reported as not proven.
    public var proofTime: Duration
    /// Nodes of the complete tree search (starts, rooms and trainers) behind each check, after the
    /// shorter searches: it proves a subset impossible when it exhausts the tree within them.
    public var proofNodes: Int

    public init(
        checks: Int = 400, iterations: Int = 20_000, nodes: Int = 2_000, seed: UInt64 = 1, proofTime: Duration = .seconds(30),
        proofNodes: Int = 20_000
    ) {
        self.checks = checks
        self.iterations = iterations
        self.nodes = nodes
        self.seed = seed
        self.proofTime = proofTime
        self.proofNodes = proofNodes
    }
}
