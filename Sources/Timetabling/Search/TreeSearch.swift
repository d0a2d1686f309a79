/// A complete construction for tight programmes: depth-first search with forward checking,
/// most-constrained event first, values in order of unary soft cost, and (on small problems)
/// branch-and-bound on the soft cost.
///
/// Every assignment filters the live values of the other unplaced events against the hard
/// rules (resource clashes, ordering arcs, same day, different days, module weeks, weekly
/// maximum), then checks that each cohort week can still reach its weekly minimum and that each
/// module can still find the windows it needs; a wiped-out domain or a failed count backtracks.
/// Occurrences of one session with identical domains are ordered by start (symmetry breaking).
/// The search is deterministic and bounded by ``nodeBudget`` assignments and ``checkBudget``
/// value checks; it returns the best complete placement found, or the deepest partial one.
///
/// Forward checking and most-constrained-first follow Haralick and Elliott, "Increasing tree
/// search efficiency for constraint satisfaction problems" (Artificial Intelligence 14, 1980).
struct TreeSearch {
    let problem: Problem
    /// Assignments tried before giving up (default: 200 + 5 per event, enough for a search that
    /// backtracks little; beyond it the greedy construction and the annealer take over).
    var nodeBudget: Int
    /// Value checks (the work of forward checking) before giving up (about 0.1 s in a release build).
    var checkBudget = 5_000_000
    /// Keep searching after the first complete placement for a cheaper one (branch-and-bound).
    var optimise: Bool
    /// Wall-clock limit and stop request (explanations); nil in construction, which stays reproducible.
    var deadline: ContinuousClock.Instant?
    var stop: StopFlag?
    /// Checked with the deadline: true ends the search (the construction's termination).
    var stopsWhen: (@Sendable () -> Bool)?
    /// Seed of a random order of each event's values (a randomised restart); nil: cheapest first.
    var shuffleSeed: UInt64?

    init(problem: Problem, optimise: Bool? = nil) {
        self.problem = problem
        self.optimise = optimise ?? (problem.eventCount <= 60)
        nodeBudget = 200 + 5 * problem.eventCount
    }

    /// What the search found.
    struct Outcome {
        /// Position of every event of the best complete placement, or of the deepest partial one
        /// (`cand == -1` for the events it left unplaced).
        var positions: [Move.Position]
        var isComplete: Bool
        /// Sum of the unary soft costs of the returned positions (the whole soft cost is computed by the caller).
        var unaryCost: Int
        /// The whole tree was explored: the placement is the cheapest by unary cost, or none exists.
        var isExhausted: Bool
        var nodes: Int
        /// Value checks spent (the deterministic measure of the work).
        var checks: Int
    }

    func run() -> Outcome {
        var engine = TreeSearchEngine(
            problem: problem, nodeBudget: nodeBudget, checkBudget: checkBudget, optimise: optimise, deadline: deadline, stop: stop, stopsWhen: stopsWhen,
            shuffle: shuffleSeed.map(SeededGenerator.init(seed:)))
        return engine.run()
    }
}
