import Curriculum

extension CheckContext {
    /// Load limits (`load_limit` rules, hard; preferences, soft with their weight), from the dated
    /// occurrences: per trainer, cohort or room, the grid pieces it is taught, grouped by date,
    /// half-day (date and window name), ISO week and programme. A limit naming a resource replaces
    /// an `every` limit of the same section for the measures it states.
    mutating func checkLoadLimits() {
        let hard = programme.rules.compactMap { rule -> (LoadLimit, Int)? in
            if case .loadLimit(let limit) = rule.kind { (limit, 1) } else { nil }
        }
        let soft = programme.preferences.compactMap { preference -> (LoadLimit, Int)? in
            if case .loadLimit(let limit) = preference.kind, preference.weight > 0 { (limit, preference.weight) } else { nil }
        }
        for (limits, isHard) in [(hard, true), (soft, false)] where !limits.isEmpty {
            for kind in LoadLimit.Kind.allCases {
                for id in ids(of: kind) { checkLoad(of: kind, id, limits: limits, hard: isHard) }
            }
        }
    }

    private func ids(of kind: LoadLimit.Kind) -> [String] {
        switch kind {
        case .trainer: programme.trainers.map(\.id)
        case .cohort: programme.cohorts.map(\.id)
        case .room: programme.rooms.map(\.id)
        }
    }

    private func names(_ subject: LoadLimit.Subject) -> (LoadLimit.Kind, String)? {
        switch subject {
        case .trainer(let id): (.trainer, id)
        case .cohort(let id): (.cohort, id)
        case .room(let id): (.room, id)
        case .every: nil
        }
    }

    /// The measures of a limit, as a named limit replaces them in an `every` one.
    private enum Measure: Hashable { case perDay, inARow, perWeek, total }

    private func measures(of limit: LoadLimit) -> Set<Measure> {
        var measures = Set<Measure>()
        if limit.maxPerDay != nil { measures.insert(.perDay) }
        if limit.maxConsecutiveHalfDays != nil { measures.insert(.inARow) }
        if limit.maxDaysPerWeek != nil { measures.insert(.perWeek) }
        if limit.maxDays != nil { measures.insert(.total) }
        return measures
    }

    private mutating func checkLoad(of kind: LoadLimit.Kind, _ id: String, limits: [(LoadLimit, Int)], hard: Bool) {
        let named = limits.filter { names($0.0.subject).map { $0 == (kind, id) } ?? false }
        let defaults = limits.filter { $0.0.subject == .every(kind) }
        for (limit, weight) in named { checkLoad(of: kind, id, limit, weight: weight, hard: hard, skipping: []) }
        let stated = named.reduce(into: Set<Measure>()) { $0.formUnion(measures(of: $1.0)) }
        for (limit, weight) in defaults { checkLoad(of: kind, id, limit, weight: weight, hard: hard, skipping: stated) }
    }

    private mutating func checkLoad(
        of kind: LoadLimit.Kind, _ id: String, _ limit: LoadLimit, weight: Int, hard: Bool, skipping stated: Set<Measure>
    ) {
        let mine = items.filter { item in
            switch kind {
            case .trainer: item.entry.trainers.contains(id)
            case .cohort: item.entry.cohorts.contains(id)
            case .room: item.entry.room == id
            }
        }
        struct Piece: Hashable { var date: LocalDate; var start: Int; var end: Int }
        struct HalfDay: Hashable { var date: LocalDate; var window: String }
        let pieces = Set(mine.flatMap { $0.pieces.map { Piece(date: $0.date, start: $0.start.minutes, end: $0.end.minutes) } })
        let taught = Set(mine.flatMap { $0.pieces.map { HalfDay(date: $0.date, window: $0.window) } })
        let dates = Set(taught.map(\.date)).sorted()
        let verb = switch kind {
        case .trainer: "teaches"
        case .cohort: "is taught"
        case .room: "is used"
        }
        let who = "\(kind.rawValue) \(name(of: kind, id)) \(verb)"
        let rule = "load-limit"
        func charge(_ units: Int, _ message: String) {
            add(rule, hard: hard, cost: units * weight, "\(who) \(message)", [id], limit.location)
        }
        if let perDay = limit.maxPerDay, !stated.contains(.perDay) {
            for date in dates {
                switch perDay {
                case .minutes(let bound):
                    let minutes = pieces.filter { $0.date == date }.reduce(0) { $0 + $1.end - $1.start }
                    let over = (max(0, minutes - bound) + 59) / 60
                    if over > 0 {
                        charge(over, "\(Self.hours(minutes)) on \(PlainWords.date(date)), at most \(Self.hours(bound)) a day")
                    }
                case .windows(let bound):
                    let n = taught.filter { $0.date == date }.count
                    if n > bound { charge(n - bound, "\(n) half-days on \(PlainWords.date(date)), at most \(bound) a day") }
                case .days: break
                }
            }
        }
        if let bound = limit.maxConsecutiveHalfDays, !stated.contains(.inARow) {
            var run: [HalfDay] = []
            var previous: HalfDay?
            func close() {
                if run.count > bound, let first = run.first, let last = run.last {
                    charge(run.count - bound, "\(run.count) half-days in a row, from \(PlainWords.date(first.date)) \(first.window) "
                        + "to \(PlainWords.date(last.date)) \(last.window); at most \(bound)")
                }
                run = []
            }
            for grid in gridHalfDays() {
                let halfDay = HalfDay(date: grid.date, window: grid.window)
                let follows = previous.map { $0.date == halfDay.date || $0.date.adding(days: 1) == halfDay.date } ?? false
                if !follows || !taught.contains(halfDay) { close() }
                if taught.contains(halfDay) { run.append(halfDay) }
                previous = halfDay
            }
            close()
        }
        if let bound = limit.maxDaysPerWeek, !stated.contains(.perWeek) {
            for (monday, week) in Dictionary(grouping: dates, by: \.mondayOfWeek).sorted(by: { $0.key < $1.key }) where week.count > bound {
                charge(week.count - bound, "on \(week.count) days in the week of \(PlainWords.date(monday)), at most \(bound)")
            }
        }
        if let bound = limit.maxDays, !stated.contains(.total), dates.count > bound {
            charge(dates.count - bound, "on \(dates.count) days in the programme, at most \(bound)")
        }
    }

    /// The half-days of the calendar in order: each date's distinct window names, by their first start.
    private func gridHalfDays() -> [(date: LocalDate, window: String)] {
        programme.calendar.start.through(programme.calendar.end).flatMap { date in
            var names: [String] = []
            for w in allWindows(on: date).sorted(by: { $0.start < $1.start }) where !names.contains(w.name) { names.append(w.name) }
            return names.map { (date: date, window: $0) }
        }
    }

    private func name(of kind: LoadLimit.Kind, _ id: String) -> String {
        switch kind {
        case .trainer: programme.trainers.first { $0.id == id }?.name ?? id
        case .cohort: programme.cohorts.first { $0.id == id }?.name ?? id
        case .room: programme.rooms.first { $0.id == id }?.name ?? id
        }
    }

    /// `6 h`, `6 h 30`, `45 min`.
    static func hours(_ minutes: Int) -> String {
        let rest = minutes % 60
        return minutes < 60 ? "\(minutes) min" : rest == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(rest < 10 ? "0" : "")\(rest)"
    }
}
