import Curriculum

/// The timetable a ``PlantedGenerator`` draws before it writes any rule: dated occurrences with
/// their room, trainers and cohorts, and who is busy when (so that no trainer, room or cohort is
/// booked twice, and nobody changes venue without the travel time between).
struct WitnessBook {
    /// One drawn occurrence (numbered within its session once the sessions are formed).
    struct Entry {
        var session: String
        var occurrence: Int
        var date: LocalDate
        var start: TimeOfDay
        var end: TimeOfDay
        var venue: String
        var room: String
        var trainers: [String]
        var cohorts: [String]
    }

    private(set) var entries: [Entry] = []
    /// Busy intervals by resource id and date, with the venue (lookups only, never iterated).
    private var busy: [String: [LocalDate: [(start: Int, end: Int, venue: String)]]] = [:]
    /// Travel minutes between venues, `"a|b"`.
    private let travel: [String: Int]

    init(venues: [Venue]) {
        var travel: [String: Int] = [:]
        for venue in venues {
            for t in venue.travel { travel["\(venue.id)|\(t.venue)"] = t.minutes }
        }
        self.travel = travel
    }

    /// Whether `resource` is free from `start` to `end` on `date` at `venue`, travel times included.
    func isFree(_ resource: String, _ date: LocalDate, _ start: TimeOfDay, _ end: TimeOfDay, venue: String) -> Bool {
        for b in busy[resource]?[date] ?? [] {
            let gap = b.venue == venue ? 0 : travel["\(b.venue)|\(venue)"] ?? 0
            if start.minutes < b.end + gap && b.start < end.minutes + gap { return false }
        }
        return true
    }

    /// Whether `resource` holds anything on `date`.
    func isBusy(_ resource: String, on date: LocalDate) -> Bool { !(busy[resource]?[date] ?? []).isEmpty }

    /// Books an occurrence for its room, trainers and cohorts.
    mutating func book(_ entry: Entry) {
        for r in [entry.room] + entry.trainers + entry.cohorts {
            busy[r, default: [:]][entry.date, default: []].append((entry.start.minutes, entry.end.minutes, entry.venue))
        }
        entries.append(entry)
    }

    /// The drawn timetable as a ``Schedule`` of `programme`, for the independent checker.
    func schedule(of programme: Programme) -> Schedule {
        let zones = Dictionary(uniqueKeysWithValues: programme.venues.map { ($0.id, $0.timezone) })
        let titles = Dictionary(uniqueKeysWithValues: programme.sessions.map { ($0.id, $0) })
        let occurrences = entries.map { e in
            let zone = zones[e.venue] ?? "UTC"
            func iso(_ time: TimeOfDay) -> String { ZonedDateTime(date: e.date, time: time, zone: zone)?.iso8601 ?? "" }
            return ScheduledOccurrence(
                key: "\(e.session)/\(e.occurrence)", session: e.session, occurrence: e.occurrence,
                title: titles[e.session]?.title ?? e.session, module: titles[e.session]?.module, date: e.date,
                startTime: e.start, endTime: e.end, start: iso(e.start), end: iso(e.end), timezone: zone, venue: e.venue,
                room: e.room, trainers: e.trainers, cohorts: e.cohorts)
        }
        return Schedule(
            programme: programme.id, title: programme.title, language: programme.language, published: "2025-01-01T00:00:00Z",
            seed: 0, cost: ScheduleCost(hard: 0, soft: 0, penalties: []), entries: occurrences)
    }

    /// First start and last end of each session's drawn occurrences, in minutes since day 0.
    func spans() -> [String: (first: Int, last: Int)] {
        var result: [String: (first: Int, last: Int)] = [:]
        for e in entries {
            let first = e.date.dayNumber * 1440 + e.start.minutes, last = e.date.dayNumber * 1440 + e.end.minutes
            let known = result[e.session] ?? (first, last)
            result[e.session] = (min(known.first, first), max(known.last, last))
        }
        return result
    }
}
