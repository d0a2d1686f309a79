import Curriculum
import Foundation

extension CheckContext {
    func applies(_ item: CheckedItem, trainer: String?, session: String?) -> Bool {
        (session == nil || item.entry.session == session) && (trainer == nil || item.entry.trainers.contains(trainer!))
    }

    func who(_ item: CheckedItem, trainer: String?) -> String {
        if let trainer, let t = programme.trainers.first(where: { $0.id == trainer }) { return "trainer \(t.name)" }
        return "session \(item.entry.title)"
    }

    /// Whether a grid piece ends at `time` on `date` (so a session starting then has a neighbour slot before it).
    func pieceEnds(at time: Int, on date: LocalDate) -> (Int, Int)? {
        for w in allWindows(on: date) { if let piece = cut(w).first(where: { $0.1 == time }) { return piece } }
        return nil
    }

    func pieceStarts(at time: Int, on date: LocalDate) -> (Int, Int)? {
        for w in allWindows(on: date) { if let piece = cut(w).first(where: { $0.0 == time }) { return piece } }
        return nil
    }

    mutating func checkPreferences() {
        var capacityWeight = 0
        for preference in programme.preferences {
            let w = preference.weight
            let source = preference.location
            switch preference.kind {
            case .preferredTimes(let trainer, let session, let times):
                for item in items where applies(item, trainer: trainer, session: session) {
                    if !isOpen(item, available: times, unavailable: []) {
                        add("preferred-times", hard: false, cost: w, "\(who(item, trainer: trainer)): preferred times, placed \(describe(item))",
                            [trainer, item.entry.session].compactMap { $0 }, source)
                    }
                }
            case .avoidTimes(let trainer, let session, let times):
                for item in items where applies(item, trainer: trainer, session: session) {
                    if !isOpen(item, available: [], unavailable: times) {
                        add("avoid-times", hard: false, cost: w, "\(who(item, trainer: trainer)): times to avoid, placed \(describe(item))",
                            [trainer, item.entry.session].compactMap { $0 }, source)
                    }
                }
            case .early(let session):
                for item in items where applies(item, trainer: nil, session: session) {
                    guard let venue = venues.first(where: { $0.id == item.entry.venue }),
                          let window = opening.windows(of: venue, on: item.entry.date).first(where: {
                              $0.start <= item.entry.startTime && item.entry.startTime < $0.end })
                    else { continue }
                    let late = cut(window).filter { $0.1 <= item.entry.startTime.minutes }.count
                    add("early", hard: false, cost: w * late, "\(describe(item)) starts \(late) periods after the window opens",
                        [item.entry.session], source)
                }
            case .spread(let session, let minDays):
                let dates = Set(items(of: session).map(\.entry.date))
                add("spread", hard: false, cost: w * max(0, minDays - dates.count),
                    "\(session) is spread over \(dates.count) dates, \(minDays) wanted", [session], source)
            case .compactness(let cohort):
                for c in programme.cohorts where cohort == nil || cohort == c.id {
                    let mine = items.filter { $0.entry.cohorts.contains(c.id) }
                    for (i, y) in mine.enumerated() where y.entry.date == y.endDate {
                        let day = y.entry.date.dayNumber * 1440
                        func covered(_ piece: (Int, Int)?) -> Bool {
                            guard let piece else { return false }
                            return mine.enumerated().contains { j, z in j != i && z.start <= day + piece.0 && z.end >= day + piece.1 }
                        }
                        let before = pieceEnds(at: y.entry.startTime.minutes, on: y.entry.date)
                        let after = pieceStarts(at: y.entry.endTime.minutes, on: y.entry.date)
                        if !covered(before), !covered(after) {
                            add("compactness", hard: false, cost: w, "cohort \(c.name): \(describe(y)) stands alone", [c.id, y.entry.session], source)
                        }
                    }
                }
            case .roomStability:
                for session in programme.sessions {
                    let rooms = Set(items(of: session.id).compactMap(\.entry.room))
                    add("room-stability", hard: false, cost: w * max(0, rooms.count - 1),
                        "\(session.title) uses \(rooms.count) rooms", [session.id], source)
                }
            case .roomCapacity:
                capacityWeight += w
            case .evenWeeklyLoad(let cohort):
                for c in programme.cohorts where cohort == nil || cohort == c.id { checkEvenLoad(c, weight: w, source: source) }
            case .loadLimit:
                break // see checkLoadLimits
            case .stability(let previous):
                checkStability(previous: previous, weight: w, source: source)
            }
        }
        if !programme.preferences.contains(where: { $0.kind == .roomCapacity }), !programme.rules.contains(where: { $0.kind == .roomCapacity }) {
            capacityWeight = Preference.defaultWeight(of: .roomCapacity)
        }
        guard capacityWeight > 0, !programme.rules.contains(where: { $0.kind == .roomCapacity }) else { return }
        for item in items {
            guard let id = item.entry.room, let room = programme.rooms.first(where: { $0.id == id }) else { continue }
            let over = max(0, participants(item) - room.capacity)
            add("room-capacity", hard: false, cost: capacityWeight * over,
                "room \(room.name): \(over) participants over its \(room.capacity) seats for \(describe(item))", [room.id, item.entry.session],
                programme.preferences.first { $0.kind == .roomCapacity }?.location)
        }
    }
}

extension CheckContext {
    /// Even weekly load of `cohort`: its half-days (date, window) per ISO week against its average,
    /// all its half-days over the weeks in which it has an open window, rounded up.
    mutating func checkEvenLoad(_ cohort: Cohort, weight: Int, source: SourceLocation) {
        let dates = programme.calendar.start.through(programme.calendar.end).filter { !allWindows(on: $0).isEmpty }
        guard let firstMonday = dates.first?.mondayOfWeek, let lastMonday = dates.last?.mondayOfWeek else { return }
        struct Key: Hashable { var date: LocalDate; var window: String }
        let taught = Set(items.filter { $0.entry.cohorts.contains(cohort.id) }.flatMap { $0.pieces.map { Key(date: $0.date, window: $0.window) } })
        var weeks: [(monday: LocalDate, taught: Int)] = []
        var openWeeks = 0
        var monday = firstMonday
        while monday <= lastMonday {
            let week = monday.through(monday.adding(days: 6)).filter { $0 >= programme.calendar.start && $0 <= programme.calendar.end }
            if week.contains(where: { !cohortWindows(cohort, on: $0).isEmpty }) { openWeeks += 1 }
            weeks.append((monday, taught.filter { week.contains($0.date) }.count))
            monday = monday.adding(days: 7)
        }
        let average = EvenWeeklyLoad.average(total: taught.count, openWeeks: openWeeks)
        for (monday, n) in weeks where n > average {
            add("even-weekly-load", hard: false, cost: weight * (n - average),
                "cohort \(cohort.name) is taught \(n) half-days in the week of \(monday), \(n - average) above its average of \(average)",
                [cohort.id], source)
        }
    }

    /// Stability against the schedule published at `path`, as the caller read it into
    /// ``Programme/previousSchedules`` (none: no cost): each occurrence whose start date or time,
    /// or whose room, changed costs the weight.
    mutating func checkStability(previous path: String, weight: Int, source: SourceLocation) {
        guard let before = programme.previousSchedules[path] else { return }
        var old: [String: ScheduledOccurrence] = [:]
        for entry in before.entries where old[entry.key] == nil { old[entry.key] = entry }
        for item in items {
            guard let was = old[item.entry.key] else { continue }
            let now = item.entry
            if was.date != now.date || was.startTime != now.startTime {
                add("stability", hard: false, cost: weight,
                    "session \(now.key) moved from \(was.date) \(was.startTime) to \(now.date) \(now.startTime)", [now.session], source)
            }
            if let a = was.room, let b = now.room, a != b {
                add("stability", hard: false, cost: weight, "session \(now.key) moved from room \(a) to room \(b)", [now.session], source)
            }
        }
    }
}
