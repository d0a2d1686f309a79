public import Curriculum

/// Why a programme has no timetable, in a planner's words: a minimal set of rules that cannot hold
/// together, and the sessions that have no possible place at all with the rules that leave them none.
public struct Explanation: Hashable, Sendable {
    public enum Outcome: Hashable, Sendable {
        /// A timetable exists (the search reached no hard violation): nothing to explain.
        case feasible
        /// `rules` is a minimal conflict: proven unable to hold together, and a timetable was found
        /// without each one of them.
        case conflict
        /// `rules` are proven unable to hold together, but not each shown to be needed (the budget
        /// ran out, or a timetable without one of them was not found).
        case partialConflict
        /// Nothing proven: no timetable was found within the time, and no set of rules (the whole
        /// programme included, unless `isProvenInfeasible`) was proven impossible.
        /// `broken` holds the hard rules the best schedule found still breaks.
        case notProven
    }

    public var programmeTitle: String
    public var outcome: Outcome
    /// The conflicting rules, ordered by their place in the file.
    public var rules: [ExplainedRule]
    /// Sessions with no possible place before any search, with the rules that empty their domain.
    public var unplaceable: [UnplaceableSession]
    /// Feasibility checks spent.
    public var checks: Int
    /// With `.partialConflict`: the checks or the time ran out before minimality was shown.
    public var ranOutOfBudget: Bool
    /// With `.notProven`: the whole programme is proven to have no timetable, though no smaller set was.
    public var isProvenInfeasible: Bool
    /// With `.notProven`: the hard rules the best schedule found breaks, `file:line` first when known.
    public var broken: [String]
    /// With `.notProven`: the time searched, in whole seconds.
    public var searchedSeconds: Int
    /// With a conflict: why it cannot hold, by counting — occurrences that need one trainer, room or
    /// cohort for longer than the times the rules leave them (stated only when the count holds).
    public var counts: [String]

    public init(
        programmeTitle: String, outcome: Outcome, rules: [ExplainedRule], unplaceable: [UnplaceableSession], checks: Int,
        ranOutOfBudget: Bool = false, isProvenInfeasible: Bool = false, broken: [String] = [], searchedSeconds: Int = 0,
        counts: [String] = []
    ) {
        self.programmeTitle = programmeTitle
        self.outcome = outcome
        self.rules = rules
        self.unplaceable = unplaceable
        self.checks = checks
        self.ranOutOfBudget = ranOutOfBudget
        self.isProvenInfeasible = isProvenInfeasible
        self.broken = broken
        self.searchedSeconds = searchedSeconds
        self.counts = counts
    }
}

/// One thing the planner wrote, where, and what it says.
public struct ExplainedRule: Hashable, Sendable, Comparable {
    public var location: SourceLocation
    public var sentence: String

    public init(location: SourceLocation, sentence: String) {
        self.location = location
        self.sentence = sentence
    }

    /// `file:line`.
    public var place: String { "\(location.file):\(location.line)" }

    public static func < (lhs: ExplainedRule, rhs: ExplainedRule) -> Bool {
        (lhs.location, lhs.sentence) < (rhs.location, rhs.sentence)
    }
}

/// Occurrences of a session left without any possible start or room, and why.
public struct UnplaceableSession: Hashable, Sendable {
    /// Session id and title.
    public var session: String
    public var title: String
    /// 1-based occurrence numbers, ascending.
    public var occurrences: [Int]
    /// A minimal set of rules that leaves these occurrences no place (empty when the session cannot
    /// be placed even without any rule, e.g. a duration longer than every window).
    public var chain: [ExplainedRule]
    /// The compiler's own account: every restriction that removed possibilities.
    public var compilerReasons: [UnplaceableEvent.Reason]
    /// False when the budget of searches ran out before this session: `chain` is then empty and
    /// only the compiler's reasons are known.
    public var isAnalysed: Bool

    public init(
        session: String, title: String, occurrences: [Int], chain: [ExplainedRule], compilerReasons: [UnplaceableEvent.Reason],
        isAnalysed: Bool = true
    ) {
        self.session = session
        self.title = title
        self.occurrences = occurrences
        self.chain = chain
        self.compilerReasons = compilerReasons
        self.isAnalysed = isAnalysed
    }
}
