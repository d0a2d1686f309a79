public import Curriculum

/// Explains why a programme has no timetable, claiming only what it proves.
///
/// 1. Diagnosis: when the compiler leaves some occurrences without any possible place, each gets
///    the minimal set of groups that empties its domain (QuickXplain with compilation as oracle,
///    milliseconds per check). The shortest such chain, checked once more for minimality with the
///    full oracle (deletion filtering), is the conflict.
/// 2. Otherwise QuickXplain over every constraint group with the full oracle (compile,
///    propagate, a node-limited complete search, a short seeded annealer, then the complete tree
///    search), taking a subset as consistent only when a timetable was found for it.
/// 3. Verification: the set is reported as a conflict only when it is proven infeasible on its own
///    (compiler, propagation or an exhausted complete search), and as minimal only when a timetable
///    was found without each of its members. When nothing is proven, the explanation says so and
///    lists the hard rules the best schedule found still breaks.
/// Deterministic when it ends before its time: fixed seeds, groups in file order, no dictionary order used.
public enum Explainer {
    /// A minimal set of the programme's rules that cannot hold together, each with its `file:line`
    /// and a sentence, and the sessions that have no possible place at all (``Explanation/text``
    /// renders both); `.feasible` when a timetable exists; `.notProven` when neither is established.
    /// - Parameter stop: Ctrl-C; the explanation then ends at once with what is proven so far.
    public static func explain(_ programme: Programme, budget: ExplanationBudget = ExplanationBudget(), stop: StopFlag? = nil) -> Explanation {
        let clock = ContinuousClock()
        let started = clock.now
        let catalogue = GroupCatalogue(programme)
        var oracle = FeasibilityOracle(catalogue: catalogue, budget: budget, deadline: started + budget.proofTime, stop: stop)
        let all = Array(catalogue.groups.indices)
        var unplaceable: [Diagnosed] = []
        var conflict: [Int]?
        var complete = true
        /// The programme as written does not compile: proven infeasible, whatever else is found.
        var compileFailed = false
        do {
            if case .failure(let failure) = Result(catching: { () throws(CompileFailure) in try ProblemCompiler.compile(catalogue.base) }) {
                compileFailed = true
                unplaceable = try diagnose(failure, catalogue: catalogue, oracle: &oracle)
                let shortest = unplaceable.compactMap(\.chainIndices).min { $0.count < $1.count } ?? all
                conflict = try deletionFilter(shortest, oracle: &oracle)
            } else {
                conflict = try QuickXplain.conflict(all) { (subset: [Int]) throws(FeasibilityOracle.Exhausted) in
                    try oracle.isConsistent(subset)
                }
            }
        } catch {
            complete = false
            conflict = oracle.smallestInconsistent ?? all
        }
        let sessions = unplaceable.map(\.session)
        guard let found = conflict else {
            return Explanation(programmeTitle: programme.title, outcome: .feasible, rules: [], unplaceable: sessions, checks: oracle.checks)
        }
        func rules(_ indices: [Int]) -> [ExplainedRule] {
            indices.map { catalogue.groups[$0] }.map { ExplainedRule(location: $0.location, sentence: $0.sentence) }.sorted()
        }
        if oracle.settle(found) == .infeasible {
            var minimal = complete
            for g in found where minimal {
                if oracle.settle(found.filter { $0 != g }) != .feasible { minimal = false }
            }
            let counts = (try? ProblemCompiler.compile(catalogue.programme(keeping: found)))
                .map { CountingArgument.all(in: $0, programme: catalogue.base).prefix(maximumCounts).map(\.sentence) } ?? []
            return Explanation(
                programmeTitle: programme.title, outcome: minimal ? .conflict : .partialConflict, rules: rules(found),
                unplaceable: sessions, checks: oracle.checks, ranOutOfBudget: !complete || oracle.isOutOfTime, counts: counts)
        }
        let whole = compileFailed ? .infeasible : oracle.settle(all)
        if whole == .feasible {
            return Explanation(programmeTitle: programme.title, outcome: .feasible, rules: [], unplaceable: sessions, checks: oracle.checks)
        }
        var broken: [String] = []
        if let attempt = oracle.bestAttempt {
            let schedule = ScheduleDecoder.decode(attempt.result, problem: attempt.problem, programme: programme, published: "", seed: budget.seed)
            for penalty in schedule.cost.penalties where penalty.hard {
                let line = (penalty.source.map { "\($0.file):\($0.line): " } ?? "") + penalty.message
                if !broken.contains(line) { broken.append(line) }
            }
        }
        let elapsed = clock.now - started
        return Explanation(
            programmeTitle: programme.title, outcome: .notProven, rules: [], unplaceable: sessions, checks: oracle.checks,
            isProvenInfeasible: whole == .infeasible, broken: broken,
            searchedSeconds: Int(elapsed.components.seconds) + (elapsed.components.attoseconds >= 500_000_000_000_000_000 ? 1 : 0))
    }

    /// An unplaceable session with its chain as catalogue indices.
    private struct Diagnosed {
        var session: UnplaceableSession
        /// Nil when no chain was searched for (past ``maximumSearches``).
        var chainIndices: [Int]?
    }

    /// Counting arguments reported with a conflict (the largest excesses).
    public static let maximumCounts = 3

    /// Unplaceable sessions that get a search of their own; the others reuse a chain found before
    /// or keep the compiler's reasons.
    public static let maximumSearches = 4

    /// The minimal chain of groups that leaves each unplaceable occurrence without a place; the
    /// occurrences of one session with the same chain are reported together.
    private static func diagnose(
        _ failure: CompileFailure, catalogue: GroupCatalogue, oracle: inout FeasibilityOracle
    ) throws(FeasibilityOracle.Exhausted) -> [Diagnosed] {
        var result: [Diagnosed] = []
        var searches = 0
        for event in failure.unplaceable {
            if let i = result.firstIndex(where: { $0.session.session == event.session }) {
                // Another occurrence of a session already reported: the same chain, or the
                // compiler's reasons when its session got no search.
                guard let known = result[i].chainIndices else {
                    result[i].session.occurrences.append(event.occurrence)
                    continue
                }
                if try !oracle.isPlaceable(session: event.session, occurrence: event.occurrence, known) {
                    result[i].session.occurrences.append(event.occurrence)
                    continue
                }
            }
            func blocks(_ subset: [Int]) throws(FeasibilityOracle.Exhausted) -> Bool {
                try !oracle.isPlaceable(session: event.session, occurrence: event.occurrence, subset)
            }
            // A chain found for an earlier session, as it is or with its session's own groups (rooms,
            // allowed times…) swapped for this session's, often leaves this one no place either:
            // reuse it when it is minimal for this occurrence too (one check per group, no search).
            var chain: [Int]?
            let candidates = result.compactMap(\.chainIndices).filter { !$0.isEmpty }
                .map { catalogue.analogue(of: $0, for: event.session) ?? $0 }
            var tried = Set<[Int]>()
            for known in candidates where tried.insert(known.sorted()).inserted {
                guard try blocks(known) else { continue }
                var minimal = true
                for g in known where try blocks(known.filter { $0 != g }) { minimal = false; break }
                if minimal { chain = known; break }
            }
            if chain == nil, searches < maximumSearches {
                searches += 1
                chain = try QuickXplain.conflict(catalogue.groups(restricting: event.session)) {
                    (subset: [Int]) throws(FeasibilityOracle.Exhausted) in try !blocks(subset)
                } ?? []
            }
            guard let found = chain else {
                // Past the searches allowed: reported with the compiler's own reasons.
                if let i = result.firstIndex(where: { $0.session.session == event.session && $0.chainIndices == nil }) {
                    result[i].session.occurrences.append(event.occurrence)
                } else {
                    let title = catalogue.base.sessions.first { $0.id == event.session }?.title ?? event.session
                    result.append(Diagnosed(
                        session: UnplaceableSession(
                            session: event.session, title: title, occurrences: [event.occurrence], chain: [],
                            compilerReasons: event.reasons, isAnalysed: false),
                        chainIndices: nil))
                }
                continue
            }
            let title = catalogue.base.sessions.first { $0.id == event.session }?.title ?? event.session
            let rules = found.map { ExplainedRule(location: catalogue.groups[$0].location, sentence: catalogue.groups[$0].sentence) }
            result.append(Diagnosed(
                session: UnplaceableSession(
                    session: event.session, title: title, occurrences: [event.occurrence], chain: rules.sorted(),
                    compilerReasons: event.reasons),
                chainIndices: found))
        }
        return result
    }

    /// Drops every group of a set proven inconsistent whose removal leaves it proven inconsistent.
    private static func deletionFilter(_ set: [Int], oracle: inout FeasibilityOracle) throws(FeasibilityOracle.Exhausted) -> [Int] {
        var kept = set
        for g in set {
            let without = kept.filter { $0 != g }
            if try oracle.verdict(without) == .infeasible { kept = without }
        }
        return kept
    }
}
