/// Something to schedule: a talk, a workshop, a half-day of a module; it happens `occurrences` times.
public struct Session: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var description: String?
    /// Language of the session when it differs from the programme's.
    public var language: String?
    /// Module id.
    public var module: String?
    /// Free label exported as a category (`talk`, `workshop`, `field work`, …).
    public var category: String?
    public var duration: SessionDuration
    /// How many times the session takes place (each occurrence is placed separately).
    public var occurrences: Int
    /// Trainers who all run every occurrence.
    public var trainers: [String]
    /// Trainers of whom exactly one runs each occurrence (chosen by the solver).
    public var trainerPool: [String]
    /// The rooms it may use: one id for a fixed room; empty means any room with enough seats.
    public var rooms: [String]
    /// Cohorts attending.
    public var cohorts: [String]
    /// Participants, when not the sum of the cohorts' sizes (e.g. an ITC-2007 course's students,
    /// shared by several curricula); nil means that sum.
    public var participants: Int?
    /// When it may take place; empty means whenever its cohorts, trainers and room can.
    public var allowed: [TimeSpec]
    /// When it may not take place (subtracted from `allowed`).
    public var unavailable: [TimeSpec]
    /// Fixed starts, one per pinned occurrence (occurrence 1 first).
    public var pins: [Pin]
    public var location: SourceLocation

    public init(
        id: String, title: String, description: String? = nil, language: String? = nil, module: String? = nil,
        category: String? = nil, duration: SessionDuration, occurrences: Int = 1, trainers: [String] = [],
        trainerPool: [String] = [], rooms: [String] = [], cohorts: [String] = [], allowed: [TimeSpec] = [], unavailable: [TimeSpec] = [],
        pins: [Pin] = [], location: SourceLocation = .synthetic("session"), participants: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.language = language
        self.module = module
        self.category = category
        self.duration = duration
        self.occurrences = occurrences
        self.trainers = trainers
        self.trainerPool = trainerPool
        self.rooms = rooms
        self.cohorts = cohorts
        self.participants = participants
        self.allowed = allowed
        self.unavailable = unavailable
        self.pins = pins
        self.location = location
    }
}

/// How long one occurrence lasts.
public enum SessionDuration: Hashable, Sendable, Codable {
    /// Contiguous minutes inside one opening window (a multiple of the grain).
    case minutes(Int)
    /// Whole consecutive opening windows of one or more dates (a half-day is one window).
    case windows(Int)
    /// Whole dates (every window of each date).
    case days(Int)
}

/// A fixed start for one occurrence.
public struct Pin: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var time: TimeOfDay
    public var location: SourceLocation
    /// The 1-based occurrence it fixes; nil means its rank among the session's pins (as in a curriculum file).
    public var occurrence: Int?
    /// The room it fixes too, if any (a frozen published occurrence keeps its room).
    public var room: String?
    /// The trainer of the session's pool it fixes too, if any (a frozen published occurrence keeps its pool choice).
    public var trainer: String?
    /// Why it is fixed, in plain words, when not written in the file (e.g. "already published and
    /// frozen by --freeze-until 2023-01-17"); explanations show it.
    public var reason: String?

    public init(
        date: LocalDate, time: TimeOfDay, location: SourceLocation = .synthetic("pin"), occurrence: Int? = nil,
        room: String? = nil, trainer: String? = nil, reason: String? = nil
    ) {
        self.date = date
        self.time = time
        self.location = location
        self.occurrence = occurrence
        self.room = room
        self.trainer = trainer
        self.reason = reason
    }
}
