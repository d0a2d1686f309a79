import Curriculum

/// One placed occurrence as the checker sees it: absolute local minutes and grid pieces.
struct CheckedItem {
    var entry: ScheduledOccurrence
    var session: Session?
    var endDate: LocalDate
    /// Minutes since 1970-01-01 00:00 local time.
    var start: Int
    var end: Int
    /// Grain pieces covered: date, window name, start and end times.
    var pieces: [(date: LocalDate, window: String, start: TimeOfDay, end: TimeOfDay)]
}

/// The checker's working state (see ``ScheduleChecker``).
struct CheckContext {
    let schedule: Schedule
    let programme: Programme
    let opening: OpeningWindows
    let grain: Int?
    var items: [CheckedItem] = []
    var penalties: [Penalty] = []
    let venues: [Venue]

    init(schedule: Schedule, programme: Programme, calendar: TeachingCalendar) {
        self.schedule = schedule
        self.programme = programme
        if case .minutes(let g) = programme.calendar.grain, g > 0 { grain = g } else { grain = nil }
        venues = programme.venues.isEmpty ? [Venue(id: "", name: "", country: .france, timezone: "UTC")] : programme.venues
        opening = OpeningWindows(calendar, venues: venues)
        for entry in schedule.entries {
            let endDate = LocalDate(iso: String(entry.end.prefix(10))) ?? entry.date
            let start = entry.date.dayNumber * 1440 + entry.startTime.minutes
            let end = endDate.dayNumber * 1440 + entry.endTime.minutes
            var pieces: [(LocalDate, String, TimeOfDay, TimeOfDay)] = []
            if let venue = venues.first(where: { $0.id == entry.venue }) {
                for date in entry.date.through(endDate) {
                    for w in opening.windows(of: venue, on: date) {
                        for (s, e) in cut(w) {
                            let a = date.dayNumber * 1440 + s, b = date.dayNumber * 1440 + e
                            if a >= start, b <= end { pieces.append((date, w.name, TimeOfDay(minutes: s), TimeOfDay(minutes: e))) }
                        }
                    }
                }
            }
            items.append(CheckedItem(
                entry: entry, session: programme.sessions.first { $0.id == entry.session }, endDate: endDate,
                start: start, end: end, pieces: pieces.map { (date: $0.0, window: $0.1, start: $0.2, end: $0.3) }))
        }
    }

    /// Grain pieces of a window, in minutes.
    func cut(_ w: TimeWindow) -> [(Int, Int)] {
        guard let g = grain else { return [(w.start.minutes, w.end.minutes)] }
        return stride(from: w.start.minutes, through: w.end.minutes - g, by: g).map { ($0, $0 + g) }
    }

    /// Every window of any venue on `date`.
    func allWindows(on date: LocalDate) -> [TimeWindow] {
        venues.flatMap { opening.windows(of: $0, on: date) }
    }

    func participants(_ item: CheckedItem) -> Int {
        if let stated = item.session?.participants { return stated }
        return item.entry.cohorts.reduce(0) { total, id in total + (programme.cohorts.first { $0.id == id }?.size ?? 0) }
    }

    func items(of session: String) -> [CheckedItem] {
        items.filter { $0.entry.session == session }.sorted { $0.entry.occurrence < $1.entry.occurrence }
    }

    func describe(_ item: CheckedItem) -> String {
        "\(item.entry.title) (\(item.entry.key)) on \(item.entry.date) at \(item.entry.startTime)"
    }

    mutating func add(_ rule: String, hard: Bool, cost: Int, _ message: String, _ entities: [String], _ source: SourceLocation?) {
        guard cost != 0 else { return }
        penalties.append(Penalty(rule: rule, hard: hard, cost: cost, message: "\(message) (+\(cost))", entities: entities, source: source))
    }
}
