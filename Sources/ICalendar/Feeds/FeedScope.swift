import Curriculum
import Foundation

/// What one feed shows: the whole programme, or what concerns one trainer, room, cohort or venue.
enum FeedScope {
    case programme
    case trainer(Trainer)
    case room(Room)
    case cohort(Cohort)
    case venue(Venue)

    /// Every feed of a programme, in a fixed order: programme, trainers, rooms, cohorts, venues
    /// (each in the programme's order; venues only when there are several).
    /// Then one feed for each trainer, room and cohort the programme no longer has but `cancellations` name.
    static func all(of programme: Programme, cancellations: [Cancellation] = []) -> [FeedScope] {
        var gone: [FeedScope] = []
        var seen = Set(programme.trainers.map { ScheduleNames.trainer($0.id) } + programme.rooms.map { ScheduleNames.room($0.id) }
            + programme.cohorts.map { ScheduleNames.cohort($0.id) })
        for cancellation in cancellations {
            let o = cancellation.occurrence
            func name(_ key: String, _ id: String) -> String { cancellation.names[key] ?? id }
            for id in o.trainers where seen.insert(ScheduleNames.trainer(id)).inserted {
                gone.append(.trainer(Trainer(id: id, name: name(ScheduleNames.trainer(id), id))))
            }
            if let id = o.room, seen.insert(ScheduleNames.room(id)).inserted {
                gone.append(.room(Room(id: id, name: name(ScheduleNames.room(id), id), venue: o.venue, capacity: 0)))
            }
            for id in o.cohorts where seen.insert(ScheduleNames.cohort(id)).inserted {
                gone.append(.cohort(Cohort(id: id, name: name(ScheduleNames.cohort(id), id), size: 0)))
            }
        }
        return [.programme] + programme.trainers.map(FeedScope.trainer) + programme.rooms.map(FeedScope.room)
            + programme.cohorts.map(FeedScope.cohort)
            + (programme.venues.count > 1 ? programme.venues.map(FeedScope.venue) : []) + gone
    }

    func fileName(programme: Programme) -> String {
        switch self {
        case .programme: return "\(programme.id).ics"
        case .trainer(let trainer): return "trainer-\(Self.slug(trainer.id)).ics"
        case .room(let room): return "room-\(Self.slug(room.id)).ics"
        case .cohort(let cohort): return "cohort-\(Self.slug(cohort.id)).ics"
        case .venue(let venue): return "venue-\(Self.slug(venue.id)).ics"
        }
    }

    /// The calendar's name (X-WR-CALNAME), what tells a feed from its neighbours in a calendar app's
    /// list: the trainer's, room's, cohort's or venue's name first, then the programme's short title
    /// ("Pascal Gascoin · Emancip'Asso 2023"); the short title alone for the programme's feed. At most
    /// `maximumNameLength` characters: a longer first part is cut at a word and ends with "…".
    func title(programme: Programme) -> String {
        let short = programme.shortTitle ?? programme.title
        let name: String
        switch self {
        case .programme: return Self.cut(short, to: Self.maximumNameLength)
        case .trainer(let trainer): name = trainer.name
        case .room(let room): name = room.name
        case .cohort(let cohort): name = cohort.name
        case .venue(let venue): name = venue.name
        }
        let suffix = " · " + short
        let room = Self.maximumNameLength - suffix.count
        guard room >= Self.minimumDistinguishingLength else { return Self.cut(name + suffix, to: Self.maximumNameLength) }
        return Self.cut(name, to: room) + suffix
    }

    /// The longest calendar name written.
    static let maximumNameLength = 60
    /// Below this, the programme's short title is cut rather than the distinguishing name.
    private static let minimumDistinguishingLength = 12

    /// `text` when it has at most `length` characters; otherwise its beginning, cut after the last
    /// whole word that fits (or inside the word when none does), without trailing spaces or
    /// punctuation, followed by "…".
    static func cut(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let head = String(text.prefix(length - 1))
        var kept = head
        if text[text.index(text.startIndex, offsetBy: length - 1)] != " ", let space = kept.lastIndex(of: " ") {
            kept = String(kept[..<space])
        }
        while let last = kept.last, last.isWhitespace || last.isPunctuation || "·—–".contains(last) { kept.removeLast() }
        return (kept.isEmpty ? head : kept) + "…"
    }

    /// The zone of a feed without timed events: the venue's for a venue or room, otherwise the
    /// programme's first venue's.
    func timezone(programme: Programme) -> String {
        let fallback = programme.venues.first?.timezone ?? "UTC"
        switch self {
        case .venue(let venue): return venue.timezone
        case .room(let room): return programme.venues.first { $0.id == room.venue }?.timezone ?? fallback
        case .programme, .trainer, .cohort: return fallback
        }
    }

    func includes(_ occurrence: ScheduledOccurrence) -> Bool {
        switch self {
        case .programme: return true
        case .trainer(let trainer): return occurrence.trainers.contains(trainer.id)
        case .room(let room): return occurrence.room == room.id
        case .cohort(let cohort): return occurrence.cohorts.contains(cohort.id)
        case .venue(let venue): return occurrence.venue == venue.id
        }
    }

    func includes(_ block: ScheduledBlock) -> Bool {
        switch self {
        case .programme: return true
        case .trainer, .room: return false
        case .cohort(let cohort): return block.cohorts.isEmpty || block.cohorts.contains(cohort.id)
        case .venue(let venue): return block.venue == venue.id
        }
    }

    /// The id reduced to lower-case ASCII letters, digits and single `-` (accents dropped), as the
    /// HTML timetables name their pages (`trainer-blanc.html` beside `trainer-blanc.ics`).
    static func slug(_ id: String) -> String { FileSlug.make(id) }
}
