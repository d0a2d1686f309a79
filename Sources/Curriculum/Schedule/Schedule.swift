/// A dated timetable: what the solver publishes and every exporter reads (`schedule.json`).
///
/// It depends on nothing of the solver, so exporters need only `Curriculum`.
public struct Schedule: Hashable, Sendable, Codable {
    /// Format version of `schedule.json`.
    public var version: Int
    /// Programme id.
    public var programme: String
    public var title: String
    public var language: String
    /// When this schedule was published (ISO 8601 UTC); used as DTSTAMP by feeds.
    public var published: String
    /// Seed and budget that produced it, for reproduction.
    public var seed: UInt64
    public var cost: ScheduleCost
    /// Every session occurrence, sorted by start then session id.
    public var entries: [ScheduledOccurrence]
    /// Fixed long periods (all-day).
    public var blocks: [ScheduledBlock]
    /// Display names of the trainers, rooms, cohorts and venues its entries name, by ``ScheduleNames``
    /// key (`trainer:<id>`, …), so that what a later curriculum drops can still be named; nil when not recorded.
    public var names: [String: String]?
    /// Cancelled occurrences that feeds keep showing as cancelled (tombstones); nil when none.
    public var cancellations: [Cancellation]?
    /// Removed blocks that feeds keep showing as cancelled (tombstones): each as last published, with the
    /// SEQUENCE of its cancelled event and, as `lastModified`, the time it was removed; nil when none.
    public var cancelledBlocks: [ScheduledBlock]?

    public init(
        version: Int = 1, programme: String, title: String, language: String, published: String, seed: UInt64,
        cost: ScheduleCost, entries: [ScheduledOccurrence], blocks: [ScheduledBlock] = [],
        names: [String: String]? = nil, cancellations: [Cancellation]? = nil, cancelledBlocks: [ScheduledBlock]? = nil
    ) {
        self.version = version
        self.programme = programme
        self.title = title
        self.language = language
        self.published = published
        self.seed = seed
        self.cost = cost
        self.entries = entries
        self.blocks = blocks
        self.names = names
        self.cancellations = cancellations
        self.cancelledBlocks = cancelledBlocks
    }
}

/// One placed occurrence of a session.
public struct ScheduledOccurrence: Hashable, Sendable, Codable {
    /// Stable key `<session>/<occurrence>` (never derived from the time).
    public var key: String
    public var session: String
    /// 1-based occurrence number.
    public var occurrence: Int
    public var title: String
    public var module: String?
    /// Local date and times at the venue.
    public var date: LocalDate
    public var startTime: TimeOfDay
    public var endTime: TimeOfDay
    /// ISO 8601 with offset, e.g. `2023-01-16T13:30:00+01:00`.
    public var start: String
    public var end: String
    /// IANA zone of the venue.
    public var timezone: String
    public var venue: String
    public var room: String?
    public var trainers: [String]
    public var cohorts: [String]
    /// iCalendar SEQUENCE: raised each time the occurrence's time, place or trainers change against the
    /// previously published schedule; nil (omitted from `schedule.json`) means 0.
    public var sequence: Int?
    /// When the occurrence last changed (ISO 8601 UTC), exported as LAST-MODIFIED and DTSTAMP;
    /// nil means the schedule's `published`.
    public var lastModified: String?

    public init(
        key: String, session: String, occurrence: Int, title: String, module: String?, date: LocalDate,
        startTime: TimeOfDay, endTime: TimeOfDay, start: String, end: String, timezone: String, venue: String,
        room: String?, trainers: [String], cohorts: [String], sequence: Int? = nil, lastModified: String? = nil
    ) {
        self.key = key
        self.session = session
        self.occurrence = occurrence
        self.title = title
        self.module = module
        self.date = date
        self.startTime = startTime
        self.endTime = endTime
        self.start = start
        self.end = end
        self.timezone = timezone
        self.venue = venue
        self.room = room
        self.trainers = trainers
        self.cohorts = cohorts
        self.sequence = sequence
        self.lastModified = lastModified
    }
}

/// A fixed all-day block as published.
public struct ScheduledBlock: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var from: LocalDate
    public var to: LocalDate
    public var venue: String?
    public var cohorts: [String]
    /// iCalendar SEQUENCE, as for `ScheduledOccurrence.sequence` (nil means 0).
    public var sequence: Int?
    /// When the block last changed (ISO 8601 UTC); nil means the schedule's `published`.
    public var lastModified: String?

    public init(
        id: String, title: String, from: LocalDate, to: LocalDate, venue: String?, cohorts: [String],
        sequence: Int? = nil, lastModified: String? = nil
    ) {
        self.id = id
        self.title = title
        self.from = from
        self.to = to
        self.venue = venue
        self.cohorts = cohorts
        self.sequence = sequence
        self.lastModified = lastModified
    }
}

/// Hard violations and soft cost, with every penalty attributed to its rule.
public struct ScheduleCost: Hashable, Sendable, Codable {
    public var hard: Int
    public var soft: Int
    public var penalties: [Penalty]

    public init(hard: Int, soft: Int, penalties: [Penalty]) {
        self.hard = hard
        self.soft = soft
        self.penalties = penalties
    }
}

/// One attributed penalty: "trainer Yannick Blanc: preferred Monday afternoon, placed Tuesday (+3)".
public struct Penalty: Hashable, Sendable, Codable {
    /// Rule name, e.g. `compactness`, `spread`, `trainer-clash`.
    public var rule: String
    public var hard: Bool
    public var cost: Int
    /// The plain sentence shown to planners.
    public var message: String
    /// Ids of the sessions, trainers, rooms or cohorts involved.
    public var entities: [String]
    /// Where the rule is stated, when it is.
    public var source: SourceLocation?

    public init(rule: String, hard: Bool, cost: Int, message: String, entities: [String], source: SourceLocation?) {
        self.rule = rule
        self.hard = hard
        self.cost = cost
        self.message = message
        self.entities = entities
        self.source = source
    }
}
