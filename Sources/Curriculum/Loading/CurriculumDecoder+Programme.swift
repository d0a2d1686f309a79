internal import Yams

extension CurriculumDecoder {
    /// The whole file; nil when the root is not a mapping. `calendarIsValid` is false when the
    /// calendar had a problem (the returned programme then holds a placeholder calendar).
    mutating func programme(_ root: Node) -> (programme: Programme, calendarIsValid: Bool)? {
        guard let f = fields(root, key: "(top level)", context: "the top level", allowed: CurriculumSchema.programme) else { return nil }
        let id = required(f, "id") { $0.string($1, $2) }
        let title = required(f, "title") { $0.string($1, $2) }
        let subtitle = optional(f, "subtitle") { $0.string($1, $2) }
        let organisers = items(f, "organisers") { $0.string($1, $2) }
        let language = optional(f, "language") { $0.string($1, $2) }
        let calendar = required(f, "calendar") { $0.calendar($1, $2) }
        let venues = items(f, "venues") { $0.venue($1, $2) }
        if f["venues"] == nil { report(.missingKey("venues", context: f.context), at: f.location) }
        let rooms = items(f, "rooms") { $0.room($1, $2) }
        let trainers = items(f, "trainers") { $0.trainer($1, $2) }
        let cohorts = items(f, "cohorts") { $0.cohort($1, $2) }
        let modules = items(f, "modules") { $0.module($1, $2) }
        let sessions = items(f, "sessions") { $0.session($1, $2) }
        if f["sessions"] == nil { report(.missingKey("sessions", context: f.context), at: f.location) }
        let blocks = items(f, "blocks") { $0.block($1, $2) }
        let rules = items(f, "rules") { $0.rule($1, $2) }
        let preferences = items(f, "preferences") { $0.preference($1, $2) }
        if let node = f["venues"], case let .sequence(sequence) = node, sequence.isEmpty {
            report(.tooFewItems(key: "venues", count: 0, minimum: 1), at: node)
        }
        let placeholder = ProgrammeCalendar(start: LocalDate(year: 1970, month: 1, day: 1), end: LocalDate(year: 1970, month: 1, day: 1), windows: [])
        let programme = Programme(
            id: id ?? "", title: title ?? "", subtitle: subtitle, organisers: organisers, language: language ?? "en",
            calendar: calendar ?? placeholder, venues: venues, rooms: rooms, trainers: trainers, cohorts: cohorts, modules: modules,
            sessions: sessions, blocks: blocks, rules: rules, preferences: preferences, location: f.location
        )
        return (programme, calendar != nil)
    }
}
