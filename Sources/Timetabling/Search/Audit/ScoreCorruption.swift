/// An incremental cost that disagrees with the recount from scratch, found by the score audit
/// (``SolverOptions/checksIncrementalCost``, always on with `-D CURSUS_INTERNAL_CHECKS`): which
/// rules disagree, by how much, after which move. The search that found it stops; the
/// ``SolveResult`` carries it. ``message`` writes the text.
public struct ScoreCorruption: Error, Sendable, Equatable {
    /// One rule's cost, as kept incrementally and as recounted.
    public struct Rule: Sendable, Equatable {
        public var name: String
        public var isHard: Bool
        public var incremental: Int
        public var recounted: Int

        public init(name: String, isHard: Bool, incremental: Int, recounted: Int) {
            self.name = name
            self.isHard = isHard
            self.incremental = incremental
            self.recounted = recounted
        }
    }

    /// One event the move changed: its occurrence and its start period and room before and after
    /// (nil: unplaced, or no room).
    public struct MovedEvent: Sendable, Equatable {
        public var session: String
        public var occurrence: Int
        public var from: (period: Int?, room: String?)
        public var to: (period: Int?, room: String?)

        public init(session: String, occurrence: Int, from: (period: Int?, room: String?), to: (period: Int?, room: String?)) {
            self.session = session
            self.occurrence = occurrence
            self.from = from
            self.to = to
        }

        public static func == (a: Self, b: Self) -> Bool {
            a.session == b.session && a.occurrence == b.occurrence && a.from == b.from && a.to == b.to
        }
    }

    /// The independent search (thread index) and its move count when the audit failed.
    public var thread: Int
    public var iteration: Int
    /// The kind of the last accepted move ("change", "swap", "Kempe chain", "ejection", "room ejection").
    public var move: String
    public var moved: [MovedEvent]
    /// The rules whose incremental cost differs from their recount (the search's own hard or soft
    /// total appears as "total hard" / "total soft" when it differs from the sum of its rules).
    public var disagreements: [Rule]

    public init(thread: Int, iteration: Int, move: String, moved: [MovedEvent], disagreements: [Rule]) {
        self.thread = thread
        self.iteration = iteration
        self.move = move
        self.moved = moved
        self.disagreements = disagreements
    }
}
