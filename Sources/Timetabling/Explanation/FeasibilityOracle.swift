import Curriculum

/// Answers "can these groups hold together?" for subsets of a ``GroupCatalogue``, with a verdict
/// that says what is known: a timetable was found, none exists (proven), or neither within the
/// time allowed. Answers are memoised; the smallest subset proven infeasible is kept so that a run
/// cut short by the budget still has an answer.
struct FeasibilityOracle {
    let catalogue: GroupCatalogue
    let budget: ExplanationBudget
    /// When the whole explanation must end (``ExplanationBudget/proofTime`` after it started).
    let deadline: ContinuousClock.Instant
    /// Ctrl-C: stops at once.
    let stop: StopFlag?
    private(set) var checks = 0
    private(set) var smallestInconsistent: [Int]?
    /// The search's best attempt on the whole programme, when it found no timetable.
    private(set) var bestAttempt: (problem: Problem, result: SolveResult)?
    private var memo: [[Int]: Verdict] = [:]
    private var eventMemo: [EventQuery: Bool] = [:]

    /// What is known of a subset.
    enum Verdict: Hashable {
        /// A timetable keeping every group of the subset was found.
        case feasible
        /// Proven: the compiler leaves an occurrence no place, propagation empties a domain, or a
        /// complete search with propagation exhausted every placement.
        case infeasible
        /// No timetable found and none proven impossible within the time allowed.
        case unknown
    }

    /// Thrown when the budget's checks or time are spent, or on Ctrl-C.
    struct Exhausted: Error {}

    private struct EventQuery: Hashable {
        var subset: [Int]
        var session: String
        var occurrence: Int
    }

    init(catalogue: GroupCatalogue, budget: ExplanationBudget, deadline: ContinuousClock.Instant, stop: StopFlag?) {
        self.catalogue = catalogue
        self.budget = budget
        self.deadline = deadline
        self.stop = stop
    }

    private mutating func spend() throws(Exhausted) {
        guard checks < budget.checks, !isOutOfTime else { throw Exhausted() }
        checks += 1
    }

    var isOutOfTime: Bool { stop?.isStopped == true || ContinuousClock.now >= deadline }

    /// For the conflict search: only a found timetable counts as consistent (an unknown subset is
    /// taken as inconsistent there; ``Explainer`` then checks what it reports).
    mutating func isConsistent(_ subset: [Int]) throws(Exhausted) -> Bool {
        try verdict(subset) == .feasible
    }

    /// The verdict on the groups at `subset` (indices into the catalogue).
    mutating func verdict(_ subset: [Int]) throws(Exhausted) -> Verdict {
        let key = subset.sorted()
        if let known = memo[key] { return known }
        try spend()
        let until = min(deadline, ContinuousClock.now + budget.proofTime / FeasibilityOracle.slices)
        let verdict = judge(key, until: until)
        memo[key] = verdict
        if verdict == .infeasible, key.count < (smallestInconsistent?.count ?? .max) { smallestInconsistent = key }
        return verdict
    }

    /// Tries again on a subset left unknown, with all the time that is left.
    mutating func settle(_ subset: [Int]) -> Verdict {
        let key = subset.sorted()
        guard memo[key] == .unknown || memo[key] == nil, !isOutOfTime else { return memo[key] ?? .unknown }
        let verdict = judge(key, until: deadline)
        memo[key] = verdict
        if verdict == .infeasible, key.count < (smallestInconsistent?.count ?? .max) { smallestInconsistent = key }
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
    /// next, the complete search with all its nodes, and last the complete tree search over
    /// starts, rooms and trainers until `until`.
    private mutating func judge(_ subset: [Int], until: ContinuousClock.Instant) -> Verdict {
        let whole = subset.count == catalogue.groups.count
        guard let problem = try? ProblemCompiler.compile(catalogue.programme(keeping: subset)) else { return .infeasible }
        if DomainPropagation.provesInfeasible(problem) { return .infeasible }
        if problem.candOffsets.last.map({ Int($0) <= FeasibilityOracle.smallProblem }) ?? true {
            var quick = CompleteSearch(problem: problem, nodeLimit: min(budget.nodes, FeasibilityOracle.firstNodes))
            quick.deadline = until
            switch quick.run() {
            case .schedule: return .feasible
            case .none: return .infeasible
            case .unknown: break
            }
        }
        var tuning = SolverOptions.Tuning()
        (tuning.initialTemperature, tuning.finalTemperature, tuning.hardWeight) = (10, 0.5, 20)
        let options = SolverOptions(seed: budget.seed, iterations: budget.iterations, targetSoft: .max, threads: 1, stop: stop, tuning: tuning)
        let result = Solver(problem: problem, options: options).solve()
        if result.hard == 0, !result.assignment.start.contains(-1) { return .feasible }
        if whole { bestAttempt = (problem, result) }
        var search = CompleteSearch(problem: problem, nodeLimit: budget.nodes)
        search.deadline = until
        switch search.run() {
        case .schedule: return .feasible
        case .none: return .infeasible
        case .unknown: break
        }
        var tree = TreeSearch(problem: problem, optimise: false)
        tree.nodeBudget = budget.proofNodes
        tree.checkBudget = .max
        tree.deadline = until
        tree.stop = stop
        let outcome = tree.run()
        if outcome.isComplete {
            var state = SearchState(problem: problem)
            for p in outcome.positions { state.place(Int(p.event), cand: Int(p.cand), slot: Int(p.slot), choice: Int(p.choice)) }
            if state.hard == 0 { return .feasible }
        } else if outcome.isExhausted {
            return .infeasible
        }
        return .unknown
    }

    /// The share of ``ExplanationBudget/proofTime`` one check may spend in the complete tree search.
    static let slices = 20.0
    /// Nodes of the complete search tried before the annealer, on problems of at most
    /// `smallProblem` candidate starts in all.
    static let firstNodes = 100
    static let smallProblem = 2_000
}
