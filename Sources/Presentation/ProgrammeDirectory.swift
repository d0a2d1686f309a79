public import Curriculum

/// Looks up the programme's trainers, rooms, venues and cohorts by id for the exporters, and
/// lists the views (cohorts, trainers, rooms) in a stable order: the programme's order first, then
/// ids that only the schedule names, sorted.
public struct ProgrammeDirectory: Sendable {
    public let programme: Programme
    /// The schedule's occurrences in time order (date, start, end, key).
    public let entries: [ScheduledOccurrence]
    public let localization: Localization

    private let trainersByID: [String: Trainer]
    private let roomsByID: [String: Room]
    private let venuesByID: [String: Venue]
    private let cohortsByID: [String: Cohort]
    private let modulesByID: [String: Module]
    private let sessionsByID: [String: Session]

    public init(schedule: Schedule, programme: Programme) {
        self.programme = programme
        localization = Localization(languageTag: programme.language)
        entries = schedule.entries.sorted {
            ($0.date, $0.startTime, $0.endTime, $0.key) < ($1.date, $1.startTime, $1.endTime, $1.key)
        }
        trainersByID = Dictionary(programme.trainers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        roomsByID = Dictionary(programme.rooms.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        venuesByID = Dictionary(programme.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        cohortsByID = Dictionary(programme.cohorts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        modulesByID = Dictionary(programme.modules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sessionsByID = Dictionary(programme.sessions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    // MARK: Names

    public func trainer(_ id: String) -> Trainer? { trainersByID[id] }
    public func room(_ id: String) -> Room? { roomsByID[id] }
    public func venue(_ id: String) -> Venue? { venuesByID[id] }
    public func cohort(_ id: String) -> Cohort? { cohortsByID[id] }
    public func module(_ id: String) -> Module? { modulesByID[id] }

    /// The trainer's name, or the id when the programme does not know it.
    public func trainerName(_ id: String) -> String { trainersByID[id]?.name ?? id }

    /// "Yannick Blanc (La Fonda)", or the name alone without an organisation or when the name
    /// already holds it ("Framasoft (intervenant·es)"); a name ending in parentheses takes the
    /// organisation inside them ("Enseignant·e (à nommer, Collège européen de Cluny)").
    public func trainerWithOrganisation(_ id: String) -> String {
        guard let trainer = trainersByID[id] else { return id }
        guard let organisation = organisation(of: id), !trainer.name.contains(organisation) else { return trainer.name }
        if trainer.name.hasSuffix(")") { return trainer.name.dropLast() + ", " + organisation + ")" }
        return trainer.name + " (" + organisation + ")"
    }

    /// The trainer's organisation, written to sit inside parentheses: its own parentheses become a
    /// comma ("Animafac (PANA)" gives "Animafac, PANA"); nil when the trainer has none.
    public func organisation(of id: String) -> String? {
        guard let organisation = trainersByID[id]?.organisation, !organisation.isEmpty else { return nil }
        var result = ""
        for character in organisation {
            switch character {
            case "(":
                while result.last == " " || result.last == "," { result.removeLast() }
                if !result.isEmpty { result += ", " }
            case ")": continue
            default: result.append(character)
            }
        }
        return result.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    public func roomName(_ id: String) -> String { roomsByID[id]?.name ?? id }
    public func venueName(_ id: String) -> String { venuesByID[id]?.name ?? id }
    public func cohortName(_ id: String) -> String { cohortsByID[id]?.name ?? id }

    /// Where an occurrence happens: "Salle Louise Michel, Maison des associations", or the venue alone.
    public func place(of entry: ScheduledOccurrence) -> String {
        guard let room = entry.room else { return venueName(entry.venue) }
        let roomName = roomName(room)
        let venueName = venueName(roomsByID[room]?.venue ?? entry.venue)
        return roomName == venueName ? roomName : roomName + ", " + venueName
    }

    /// The BCP 47 language of an occurrence's title: its session's, else the programme's.
    public func language(of entry: ScheduledOccurrence) -> String {
        programme.sessions.first { $0.id == entry.session }?.language ?? programme.language
    }

    /// Whether times need their zone beside them: the programme's venues are in more than one time zone.
    public var showsTimeZones: Bool {
        Set(programme.venues.map(\.timezone) + entries.map(\.timezone)).count > 1
    }

    /// The localization of the occurrence's own language: its session's `language` when it has one
    /// (Cluny's English sessions in Ravenna), the programme's otherwise.
    public func localization(of entry: ScheduledOccurrence) -> Localization {
        guard let language = sessionsByID[entry.session]?.language else { return localization }
        return Localization(languageTag: language)
    }

    /// The occurrence's title, typeset for its own language (French spacing only for French titles).
    public func title(of entry: ScheduledOccurrence) -> String { localization(of: entry).typeset(entry.title) }

    /// The occurrence's trainers with their organisations, as a list ("A (X) et B (Y)").
    public func speakers(of entry: ScheduledOccurrence) -> String {
        localization.list(entry.trainers.map(trainerWithOrganisation))
    }

    /// A colour for an occurrence, the same for every occurrence of a module (or, without module,
    /// of a session): the module's or session's position in the programme, modulo `paletteSize`.
    public func colourIndex(of entry: ScheduledOccurrence, paletteSize: Int) -> Int {
        let position: Int
        if let module = entry.module, let index = programme.modules.firstIndex(where: { $0.id == module }) {
            position = index
        } else {
            position = programme.sessions.firstIndex(where: { $0.id == entry.session }) ?? 0
        }
        return position % max(1, paletteSize)
    }

    // MARK: Views

    /// Every cohort, trainer and room view, in that order.
    public var views: [TimetableView] {
        ids(known: programme.cohorts.map(\.id), used: entries.flatMap(\.cohorts)).map(TimetableView.cohort)
            + ids(known: programme.trainers.map(\.id), used: entries.flatMap(\.trainers)).map(TimetableView.trainer)
            + ids(known: programme.rooms.map(\.id), used: entries.compactMap(\.room)).map(TimetableView.room)
    }

    /// The view's name: the cohort's, the trainer's (with organisation) or the room's (with venue).
    public func name(of view: TimetableView) -> String {
        switch view {
        case .cohort(let id): return cohortName(id)
        case .trainer(let id): return trainerWithOrganisation(id)
        case .room(let id):
            guard let room = roomsByID[id] else { return id }
            return room.name + ", " + venueName(room.venue)
        }
    }

    /// The occurrences that a view shows, in time order.
    public func entries(of view: TimetableView) -> [ScheduledOccurrence] {
        entries.filter(view.includes)
    }

    /// The dates that have at least one occurrence, in order.
    public var dates: [LocalDate] {
        var dates: [LocalDate] = []
        for entry in entries where dates.last != entry.date { dates.append(entry.date) }
        return dates
    }

    /// The venues where occurrences happen, in the programme's order (then unknown ids, sorted).
    public var usedVenues: [String] {
        let used = entries.map(\.venue) + entries.compactMap { $0.room.flatMap { roomsByID[$0]?.venue } }
        return ids(known: programme.venues.map(\.id), used: used).filter { used.contains($0) }
    }

    private func ids(known: [String], used: [String]) -> [String] {
        var result: [String] = []
        for id in known where !result.contains(id) { result.append(id) }
        let extra = Set(used).subtracting(result).sorted()
        return result + extra
    }
}
