import Curriculum

/// Answers "can these groups hold together?" for subsets of a ``GroupCatalogue``: the relaxed
/// programme must compile, resist ``DomainPropagation`` and let a short seeded search reach no
/// hard violation. Answers are memoised; the smallest subset found inconsistent is kept so that
/// a run cut short by the budget still has an answer.
struct FeasibilityOracle {
    let catalogue: GroupCatalogue
    let budget: ExplanationBudget
    private(set) var checks = 0
    private(set) var smallestInconsistent: [Int]?
    private var memo: [[Int]: Bool] = [:]
    private var eventMemo: [EventQuery: Bool] = [:]

    /// Thrown when the budget's checks are spent.
    struct Exhausted: Error {}

    private struct EventQuery: Hashable {
        var subset: [Int]
        var session: String
        var occurrence: Int
    }

    init(catalogue: GroupCatalogue, budget: ExplanationBudget) {
        self.catalogue = catalogue
        self.budget = budget
    }

    private mutating func spend() throws(Exhausted) {
        guard checks < budget.checks else { throw Exhausted() }
        checks += 1
    }

    /// Whether the groups at `subset` (indices into the catalogue) admit a schedule.
    mutating func isConsistent(_ subset: [Int]) throws(Exhausted) -> Bool {
        let key = subset.sorted()
        if let known = memo[key] { return known }
        try spend()
        let verdict = FeasibilityOracle.admitsSchedule(catalogue.programme(keeping: key), budget: budget)
        memo[key] = verdict
        if !verdict, key.count < (smallestInconsistent?.count ?? .max) { smallestInconsistent = key }
        return verdict
    }

    /// Whether occurrence `occurrence` of `session` keeps a possible place under the groups at `subset`
    /// (compilation only).
    mutating func isPlaceable(session: String, occurrence: Int, _ subset: [Int]) throws(Exhausted) -> Bool {
        let query = EventQuery(subset: subset.sorted(), session: session, occurrence: occurrence)
        if let known = eventMemo[query] { return known }
        try spend()
        let verdict: Bool
        do {
            _ = try ProblemCompiler.compile(catalogue.programme(keeping: query.subset))
            verdict = true
        } catch {
            verdict = !error.unplaceable.contains { $0.session == session && $0.occurrence == occurrence }
        }
        eventMemo[query] = verdict
        if !verdict, query.subset.count < (smallestInconsistent?.count ?? .max) { smallestInconsistent = query.subset }
        return verdict
    }

    /// Compile, propagate, then look for a schedule: on a small problem a short complete search
    /// first (small programmes are the tight ones, where local search wanders), the seeded annealer
    /// next, the complete search with all its nodes last. A subset nobody finds a schedule for is
    /// taken as inconsistent.
    static func admitsSchedule(_ programme: Programme, budget: ExplanationBudget) -> Bool {
        guard let problem = try? ProblemCompiler.compile(programme) else { return false }
        if DomainPropagation.provesInfeasible(problem) { return false }
        if problem.candOffsets.last.map({ Int($0) <= FeasibilityOracle.smallProblem }) ?? true {
            var quick = CompleteSearch(problem: problem, nodeLimit: min(budget.nodes, FeasibilityOracle.firstNodes))
            switch quick.run() {
            case .schedule: return true
            case .none: return false
            case .unknown: break
            }
        }
        var tuning = SolverOptions.Tuning()
        (tuning.initialTemperature, tuning.finalTemperature, tuning.hardWeight) = (10, 0.5, 20)
        let options = SolverOptions(seed: budget.seed, iterations: budget.iterations, targetSoft: .max, threads: 1, tuning: tuning)
        let result = Solver(problem: problem, options: options).solve()
        if result.hard == 0, !result.assignment.start.contains(-1) { return true }
        var search = CompleteSearch(problem: problem, nodeLimit: budget.nodes)
        return search.run() == .schedule
    }

    /// Nodes of the complete search tried before the annealer, on problems of at most
    /// `smallProblem` candidate starts in all.
    static let firstNodes = 100
    static let smallProblem = 2_000
}
