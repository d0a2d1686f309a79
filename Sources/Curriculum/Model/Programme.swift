/// A training programme as a planner describes it: the root of a curriculum file.
///
/// Loaded by `CurriculumLoader` from YAML; every element keeps the `SourceLocation` it was read
/// from so that errors and explanations can point at the line that states it.
public struct Programme: Hashable, Sendable, Codable {
    /// Short identifier, used for the export folder and event UIDs (e.g. `emancipasso-2023`).
    public var id: String
    public var title: String
    public var subtitle: String?
    /// A short name for calendar apps' lists (`Emancip'Asso 2023`); the title when nil.
    public var shortTitle: String?
    public var organisers: [String]
    /// The organisers' e-mail address, the ORGANIZER of every feed event.
    public var contact: String?
    /// BCP 47 language of the programme's texts and exports (`fr`, `en`, `it`).
    public var language: String
    /// Where `language` is written (the programme's own location when it is not).
    public var languageLocation: SourceLocation?
    public var calendar: ProgrammeCalendar
    public var venues: [Venue]
    public var rooms: [Room]
    public var trainers: [Trainer]
    public var cohorts: [Cohort]
    public var modules: [Module]
    public var sessions: [Session]
    /// Fixed long periods (immersion, internships), exported as all-day events.
    public var blocks: [Block]
    /// Hard rules between sessions, cohorts and modules.
    public var rules: [Rule]
    /// Soft rules; their weights add up to the soft cost.
    public var preferences: [Preference]
    public var location: SourceLocation
    /// The schedules that `stability` preferences compare with, by the path they name. The
    /// command-line tool reads them (like the imported calendars); a path absent here names no
    /// published schedule yet and costs nothing. Not part of the curriculum's encoding.
    public var previousSchedules: [String: Schedule] = [:]

    private enum CodingKeys: String, CodingKey {
        case id, title, subtitle, organisers, language, calendar, venues, rooms, trainers, cohorts, modules, sessions, blocks
        case rules, preferences, location
    }

    public init(
        id: String, title: String, subtitle: String? = nil, shortTitle: String? = nil, organisers: [String] = [],
        contact: String? = nil, language: String = "en",
        calendar: ProgrammeCalendar, venues: [Venue], rooms: [Room] = [], trainers: [Trainer] = [],
        cohorts: [Cohort] = [], modules: [Module] = [], sessions: [Session], blocks: [Block] = [], rules: [Rule] = [],
        preferences: [Preference] = [], location: SourceLocation = .synthetic("programme")
    ) {
        self.id = id
        self.title = title
        self.subtitle = subtitle
        self.shortTitle = shortTitle
        self.organisers = organisers
        self.contact = contact
        self.language = language
        self.calendar = calendar
        self.venues = venues
        self.rooms = rooms
        self.trainers = trainers
        self.cohorts = cohorts
        self.modules = modules
        self.sessions = sessions
        self.blocks = blocks
        self.rules = rules
        self.preferences = preferences
        self.location = location
    }
}
