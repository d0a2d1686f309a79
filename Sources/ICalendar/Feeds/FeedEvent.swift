import Curriculum
import Presentation

/// One VEVENT of a feed, in Swift terms, before libical writes it.
struct FeedEvent {
    enum Timing: Hashable {
        /// Local date and times in `timezone` (an end at 24:00 is midnight of the next date).
        case timed(date: LocalDate, start: TimeOfDay, end: TimeOfDay, timezone: String)
        /// Whole dates, `from` to `through` both included (written with an exclusive DTEND).
        case allDay(from: LocalDate, through: LocalDate)
    }

    var uid: String
    var timing: Timing
    var summary: String
    var description: String?
    var location: String?
    var categories: [String]
    var language: String
    var cancelled: Bool
    var sequence: Int
    /// DTSTAMP and LAST-MODIFIED: when the event last changed.
    var stamp: UTCTimestamp

    /// `<session>-<occurrence>@<programme>.cursus`: made of ids only, so stable across re-solves, seeds and machines.
    static func uid(of occurrence: ScheduledOccurrence, programme: String) -> String {
        "\(occurrence.session)-\(occurrence.occurrence)@\(programme).cursus"
    }

    /// `block-<block>@blocks.<programme>.cursus` (another domain, so never equal to an occurrence's UID).
    static func uid(of block: ScheduledBlock, programme: String) -> String {
        "block-\(block.id)@blocks.\(programme).cursus"
    }

    /// The event of a scheduled occurrence, described from the programme; `names` (``ScheduleNames``
    /// keys) name the trainers, room and venue the programme no longer has.
    init(
        _ occurrence: ScheduledOccurrence, programme: Programme, stamp: UTCTimestamp, cancelled: Bool, sequence: Int,
        names: [String: String] = [:]
    ) {
        let session = programme.sessions.first { $0.id == occurrence.session }
        let module = occurrence.module.flatMap { id in programme.modules.first { $0.id == id } }
        let language = session?.language ?? programme.language
        let labels = Localization(languageTag: language)
        let trainers = occurrence.trainers.map { id -> String in
            guard let trainer = programme.trainers.first(where: { $0.id == id }) else { return names[ScheduleNames.trainer(id)] ?? id }
            return trainer.organisation.map { "\(trainer.name) (\($0))" } ?? trainer.name
        }
        let descriptionParts: [String?] = [
            session?.description,
            trainers.isEmpty ? nil : labels.labelled(labels.text(.trainers), trainers.joined(separator: ", ")),
            module.map { labels.labelled(labels.text(.module), $0.title) },
        ]
        let description = descriptionParts.compactMap { $0 }.joined(separator: "\n\n")
        let room = occurrence.room.flatMap { id in programme.rooms.first { $0.id == id } }
        let venue = programme.venues.first { $0.id == occurrence.venue }
        let roomName = room?.name ?? occurrence.room.flatMap { names[ScheduleNames.room($0)] }
        let place = [roomName, venue?.name ?? names[ScheduleNames.venue(occurrence.venue)] ?? occurrence.venue, venue?.address].compactMap { $0 }
        var categories: [String] = []
        for category in [session?.category, module?.title].compactMap({ $0 }) where !categories.contains(category) {
            categories.append(category)
        }
        self.init(
            uid: Self.uid(of: occurrence, programme: programme.id),
            timing: .timed(date: occurrence.date, start: occurrence.startTime, end: occurrence.endTime, timezone: occurrence.timezone),
            summary: occurrence.title, description: description.isEmpty ? nil : description,
            location: place.joined(separator: ", "), categories: categories, language: language,
            cancelled: cancelled, sequence: sequence, stamp: stamp
        )
    }

    /// The all-day event of a block.
    init(_ block: ScheduledBlock, programme: Programme, stamp: UTCTimestamp, cancelled: Bool, sequence: Int) {
        let source = programme.blocks.first { $0.id == block.id }
        let venue = block.venue.flatMap { id in programme.venues.first { $0.id == id } }
        let place = [venue?.name ?? block.venue, venue?.address].compactMap { $0 }
        self.init(
            uid: Self.uid(of: block, programme: programme.id), timing: .allDay(from: block.from, through: block.to),
            summary: block.title, description: source?.description, location: place.isEmpty ? nil : place.joined(separator: ", "),
            categories: [], language: programme.language, cancelled: cancelled, sequence: sequence, stamp: stamp
        )
    }

    init(
        uid: String, timing: Timing, summary: String, description: String?, location: String?, categories: [String],
        language: String, cancelled: Bool, sequence: Int, stamp: UTCTimestamp
    ) {
        self.uid = uid
        self.timing = timing
        self.summary = summary
        self.description = description
        self.location = location
        self.categories = categories
        self.language = language
        self.cancelled = cancelled
        self.sequence = sequence
        self.stamp = stamp
    }
}
