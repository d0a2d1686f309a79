/// Limits on how much one trainer, cohort or room (or every one of a kind) is taught: a hard rule
/// in `rules`, a soft one with a weight in `preferences`.
///
/// A half-day is a named opening window of a date (`morning`, `afternoon`); a resource teaches a
/// half-day when any of its sessions covers part of it, and a date when it teaches a half-day of it.
public struct LoadLimit: Hashable, Sendable, Codable {
    /// Whom the limit bounds.
    public enum Subject: Hashable, Sendable, Codable {
        case trainer(String)
        case cohort(String)
        case room(String)
        /// Every trainer, cohort or room; a limit naming one of them replaces this default for the
        /// measures it states.
        case every(Kind)
    }

    /// A kind of resource.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case trainer, cohort, room
    }

    public var subject: Subject
    /// Most teaching on one date: minutes (`6h`) or half-days (`1 half-day`).
    public var maxPerDay: SessionDuration?
    /// Most half-days taught in a row: morning and afternoon of a date are in a row (across lunch),
    /// and so are a date's last half-day and the next calendar date's first; an untaught half-day
    /// or a date with no opening window breaks the run.
    public var maxConsecutiveHalfDays: Int?
    /// Most dates taught in one ISO week.
    public var maxDaysPerWeek: Int?
    /// Most dates taught in the whole programme.
    public var maxDays: Int?
    public var location: SourceLocation

    public init(
        subject: Subject, maxPerDay: SessionDuration? = nil, maxConsecutiveHalfDays: Int? = nil, maxDaysPerWeek: Int? = nil,
        maxDays: Int? = nil, location: SourceLocation = .synthetic("load limit")
    ) {
        self.subject = subject
        self.maxPerDay = maxPerDay
        self.maxConsecutiveHalfDays = maxConsecutiveHalfDays
        self.maxDaysPerWeek = maxDaysPerWeek
        self.maxDays = maxDays
        self.location = location
    }
}
