/// A hard rule: a schedule that breaks one is not a schedule.
public struct Rule: Hashable, Sendable, Codable {
    public enum Kind: Hashable, Sendable, Codable {
        /// Every occurrence of `before` ends before any occurrence of `after` starts, at least
        /// `minGapMinutes` earlier and `minGapDays` dates earlier when given.
        case precedence(before: String, after: String, minGapMinutes: Int?, minGapDays: Int?)
        /// Each listed session, in order, comes after the previous one (sugar for a precedence chain).
        case sequence(sessions: [String], minGapDays: Int?)
        /// All occurrences of the listed sessions fall on one date.
        case sameDay(sessions: [String])
        /// `then` starts exactly when `first` ends (same window).
        case immediatelyAfter(first: String, then: String)
        /// The session starts when its date's first window opens / ends when its last window closes.
        case firstOfDay(session: String)
        case lastOfDay(session: String)
        /// No session of its cohorts starts before / ends after it.
        case firstOfProgramme(session: String)
        case lastOfProgramme(session: String)
        /// One occurrence at `time` on every teaching date of the session's cohorts, the first
        /// `skipFirstDays` dates excepted (e.g. a morning look-back every day but the first).
        case dailyRitual(session: String, time: TimeOfDay, skipFirstDays: Int)
        /// All sessions of the module fall within `weeks` consecutive ISO weeks.
        case moduleWithinWeeks(module: String, weeks: Int)
        /// The occurrences of each listed session fall on different dates.
        case differentDays(sessions: [String])
        /// A room never holds more participants than its seats (otherwise a soft cost).
        case roomCapacity
        /// Occurrence i of `then` starts after occurrence i of `first` ends (at least `minGapDays` and
        /// at most `maxGapDays` dates later when given), on the same date when `sameDay`: two series
        /// paired by index.
        case pairs(first: String, then: String, sameDay: Bool, minGapDays: Int?, maxGapDays: Int?)
        /// How much a trainer, cohort or room is taught (see ``LoadLimit``); one violation per unit over.
        case loadLimit(LoadLimit)
    }

    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, location: SourceLocation = .synthetic("rule")) {
        self.kind = kind
        self.location = location
    }
}
