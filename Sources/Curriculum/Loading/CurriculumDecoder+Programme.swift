internal import Yams

extension CurriculumDecoder {
    /// The whole file; nil when the root is not a mapping. `calendarIsValid` is false when the
    /// calendar had a problem (the returned programme then holds a placeholder calendar).
    mutating func programme(_ root: Node) -> (programme: Programme, calendarIsValid: Bool)? {
        guard case .mapping = root else {
            report(.documentNotAMapping(found: Self.describe(root)), at: root)
            return nil
        }
        guard let f = fields(root, key: "", context: "the top level", allowed: CurriculumSchema.programme, named: false) else { return nil }
        let id = required(f, "id") { $0.identifier($1, $2) }
        let title = required(f, "title") { $0.string($1, $2) }
        let subtitle = optional(f, "subtitle") { $0.string($1, $2) }
        let shortTitle = optional(f, "short_title") { $0.string($1, $2) }
        let organisers = items(f, "organisers") { $0.string($1, $2) }
        let contact = optional(f, "contact") { $0.emailAddress($1, $2) }
        let language = optional(f, "language") { $0.language($1, $2) }
        let calendar = required(f, "calendar") { $0.calendar($1, $2) }
        let venues = section(f, "venues") { $0.venue($1, $2) }
        if f["venues"] == nil { report(.missingKey("venues", context: f.context), at: f.location) }
        let rooms = section(f, "rooms") { $0.room($1, $2) }
        let trainers = section(f, "trainers") { $0.trainer($1, $2) }
        let cohorts = section(f, "cohorts") { $0.cohort($1, $2) }
        let modules = section(f, "modules") { $0.module($1, $2) }
        let sessions = section(f, "sessions") { $0.session($1, $2) }
        if f["sessions"] == nil { report(.missingKey("sessions", context: f.context), at: f.location) }
        let blocks = section(f, "blocks") { $0.block($1, $2) }
        let rules = section(f, "rules") { $0.rule($1, $2) }
        let preferences = section(f, "preferences") { $0.preference($1, $2) }
        if let node = f["venues"], case let .sequence(sequence) = node, sequence.isEmpty {
            report(.tooFewItems(key: "venues", count: 0, minimum: 1), at: node)
        }
        let placeholder = ProgrammeCalendar(start: LocalDate(year: 1970, month: 1, day: 1), end: LocalDate(year: 1970, month: 1, day: 1), windows: [])
        let programme = Programme(
            id: id ?? "", title: title ?? "", subtitle: subtitle, shortTitle: shortTitle, organisers: organisers, contact: contact,
            language: language ?? "en",
            calendar: calendar ?? placeholder, venues: venues, rooms: rooms, trainers: trainers, cohorts: cohorts, modules: modules,
            sessions: sessions, blocks: blocks, rules: rules, preferences: preferences, location: f.location
        )
        var located = programme
        located.languageLocation = f["language"].map(location(of:))
        return (located, calendar != nil)
    }

    /// A top-level list of elements; unlike other lists, a single element is not accepted in its place.
    mutating func section<T>(_ fields: Fields, _ key: String, _ parse: (inout Self, Node, String) -> T?) -> [T] {
        guard let node = fields[key] else { return [] }
        guard case .sequence = node else {
            invalid(node, key: key, expected: .list)
            return []
        }
        return list(node, key, parse) ?? []
    }
}
