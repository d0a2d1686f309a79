import Curriculum

extension CheckContext {
    /// Teaching dates of a session's cohorts: open somewhere, no travel day, inside a stay.
    func teachingDates(_ session: Session) -> [LocalDate] {
        let cohorts = programme.cohorts.filter { session.cohorts.contains($0.id) }
        return programme.calendar.start.through(programme.calendar.end).filter { date in
            !allWindows(on: date).isEmpty && cohorts.allSatisfy { c in
                !c.travelDays.contains { $0.date == date } && (c.stays.isEmpty || c.stays.contains { date >= $0.from && date <= $0.to })
            }
        }
    }

    func ritual(of session: Session) -> (time: TimeOfDay, skip: Int, source: SourceLocation)? {
        for rule in programme.rules {
            if case .dailyRitual(let id, let time, let skip) = rule.kind, id == session.id { return (time, skip, rule.location) }
        }
        return nil
    }

    mutating func checkOccurrences() {
        for session in programme.sessions {
            let placed = items(of: session.id)
            if let ritual = ritual(of: session) {
                let expected = Array(teachingDates(session).dropFirst(max(0, ritual.skip)))
                let dates = placed.map(\.entry.date)
                let missing = expected.filter { !dates.contains($0) }.count
                let extra = dates.filter { !expected.contains($0) }.count + (dates.count - Set(dates).count)
                add("daily-ritual", hard: true, cost: missing + extra,
                    "\(session.title): \(missing) teaching dates without it, \(extra) extra", [session.id], ritual.source)
            } else {
                add("occurrences", hard: true, cost: abs(placed.count - session.occurrences),
                    "\(session.title): \(placed.count) occurrences placed, \(session.occurrences) required", [session.id], session.location)
            }
        }
    }

    /// Whether every piece lies in `available` (all when empty) and none meets `unavailable`.
    func isOpen(_ item: CheckedItem, available: [TimeSpec], unavailable: [TimeSpec]) -> Bool {
        item.pieces.allSatisfy { piece in
            (available.isEmpty || available.contains { $0.contains(date: piece.date, window: piece.window, startTime: piece.start, endTime: piece.end) })
                && !unavailable.contains { $0.overlaps(date: piece.date, window: piece.window, startTime: piece.start, endTime: piece.end) }
        }
    }

    func fits(_ item: CheckedItem, _ session: Session) -> Bool {
        let pieces = item.pieces
        guard let first = pieces.first, let last = pieces.last,
              first.date.dayNumber * 1440 + first.start.minutes == item.start,
              last.date.dayNumber * 1440 + last.end.minutes == item.end
        else { return false }
        switch session.duration {
        case .minutes(let m):
            let length = grain.map { max(1, (m + $0 - 1) / $0) } ?? 1
            let sameWindow = pieces.allSatisfy { $0.date == first.date && $0.window == first.window }
            let contiguous = zip(pieces, pieces.dropFirst()).allSatisfy { $0.end == $1.start }
            let longEnough = grain != nil || last.end.minutes - first.start.minutes >= m
            return pieces.count == length && sameWindow && contiguous && longEnough
        case .windows, .days:
            let windows = allWindows(on: first.date)
            return windows.contains { $0.start == first.start } && allWindows(on: last.date).contains { $0.end == last.end }
        }
    }

    mutating func checkPlacement() {
        for item in items {
            let entry = item.entry
            guard let session = item.session else {
                add("unknown-session", hard: true, cost: 1, "\(entry.key) is no session of the programme", [entry.session], nil)
                continue
            }
            if !fits(item, session) {
                add("opening-hours", hard: true, cost: 1, "\(describe(item)) does not fit the opening windows", [session.id], session.location)
            }
            if !isOpen(item, available: session.allowed, unavailable: session.unavailable) {
                add("session-times", hard: true, cost: 1, "\(describe(item)) is outside the session's allowed times",
                    [session.id], session.allowed.first?.location ?? session.unavailable.first?.location ?? session.location)
            }
            for id in entry.trainers {
                guard let trainer = programme.trainers.first(where: { $0.id == id }) else { continue }
                if !isOpen(item, available: trainer.available, unavailable: trainer.unavailable) {
                    add("trainer-availability", hard: true, cost: 1, "trainer \(trainer.name) is not available for \(describe(item))",
                        [trainer.id, session.id], trainer.location)
                }
            }
            let pool = entry.trainers.filter { session.trainerPool.contains($0) }.count
            if !session.trainers.allSatisfy(entry.trainers.contains) || (!session.trainerPool.isEmpty && pool != 1) {
                add("trainers", hard: true, cost: 1, "\(describe(item)) does not have its trainers", [session.id], session.location)
            }
            for cohort in programme.cohorts where entry.cohorts.contains(cohort.id) {
                if !isOpen(item, available: cohort.rhythm, unavailable: []) {
                    add("cohort-rhythm", hard: true, cost: 1, "cohort \(cohort.name) is not taught at the time of \(describe(item))",
                        [cohort.id, session.id], cohort.rhythm.first?.location ?? cohort.location)
                }
                if let day = cohort.travelDays.first(where: { $0.date >= entry.date && $0.date <= item.endDate }) {
                    add("travel-day", hard: true, cost: 1, "cohort \(cohort.name) travels on \(day.date), the date of \(describe(item))",
                        [cohort.id, session.id], day.location)
                }
                if !cohort.stays.isEmpty {
                    let stay = cohort.stays.first { entry.date >= $0.from && entry.date <= $0.to }
                    if stay?.venue != entry.venue {
                        add("stay", hard: true, cost: 1, "cohort \(cohort.name) is not at \(entry.venue) for \(describe(item))",
                            [cohort.id, session.id], stay?.location ?? cohort.location)
                    }
                }
            }
            if let pin = session.pin(of: entry.occurrence) {
                let pinned = pin.reason.map { "is \($0):" } ?? "is pinned to"
                if pin.date != entry.date || pin.time != entry.startTime {
                    add("pin", hard: true, cost: 1, "\(describe(item)) \(pinned) \(pin.date) \(pin.time)", [session.id], pin.location)
                }
                if let room = pin.room, entry.room != room {
                    add("pin", hard: true, cost: 1, "\(describe(item)) \(pinned) room \(room)", [session.id], pin.location)
                }
                if let trainer = pin.trainer, !entry.trainers.contains(trainer) {
                    add("pin", hard: true, cost: 1, "\(describe(item)) \(pinned) trainer \(trainer)", [session.id], pin.location)
                }
            }
            if let ritual = ritual(of: session), entry.startTime != ritual.time {
                add("daily-ritual", hard: true, cost: 1, "\(describe(item)) should start at \(ritual.time)", [session.id], ritual.source)
            }
            if let id = entry.room, let room = programme.rooms.first(where: { $0.id == id }) {
                if room.venue != entry.venue {
                    add("room-venue", hard: true, cost: 1, "room \(room.name) is not at \(entry.venue)", [room.id, session.id], room.location)
                }
                if let rule = programme.rules.first(where: { $0.kind == .roomCapacity }), participants(item) > room.capacity {
                    add("room-capacity", hard: true, cost: 1,
                        "room \(room.name) has \(room.capacity) seats for \(participants(item)) participants of \(describe(item))",
                        [room.id, session.id], rule.location)
                }
            }
            for rule in programme.rules {
                switch rule.kind {
                case .firstOfDay(let id) where id == session.id:
                    let opens = allWindows(on: entry.date).map(\.start).min()
                    if opens != entry.startTime {
                        add("first-of-day", hard: true, cost: 1, "\(describe(item)) should start when the day opens", [session.id], rule.location)
                    }
                case .lastOfDay(let id) where id == session.id:
                    let closes = allWindows(on: item.endDate).map(\.end).max()
                    if closes != entry.endTime {
                        add("last-of-day", hard: true, cost: 1, "\(describe(item)) should end when the day closes", [session.id], rule.location)
                    }
                default:
                    break
                }
            }
        }
    }

    mutating func checkClashes() {
        struct Cell: Hashable, Comparable {
            var resource: String
            var date: LocalDate
            var start: TimeOfDay
            static func < (a: Cell, b: Cell) -> Bool { (a.resource, a.date, a.start) < (b.resource, b.date, b.start) }
        }
        var count: [Cell: Int] = [:]
        for item in items {
            var resources = item.entry.trainers.map { "trainer \($0)" } + item.entry.cohorts.map { "cohort \($0)" }
            if let room = item.entry.room { resources.append("room \(room)") }
            for resource in resources {
                for piece in item.pieces { count[Cell(resource: resource, date: piece.date, start: piece.start), default: 0] += 1 }
            }
        }
        for cell in count.keys.sorted() where count[cell]! > 1 {
            let kind = String(cell.resource.prefix { $0 != " " })
            add("\(kind)-clash", hard: true, cost: count[cell]! - 1,
                "\(cell.resource) has \(count[cell]!) sessions on \(cell.date) at \(cell.start)",
                [String(cell.resource.drop { $0 != " " }.dropFirst())], nil)
        }
    }

    mutating func checkRules() {
        for rule in programme.rules {
            switch rule.kind {
            case .precedence(let before, let after, let minutes, let days):
                precedence(before, after, minutes ?? 0, days, rule.location)
            case .sequence(let sessions, let days):
                for (before, after) in zip(sessions, sessions.dropFirst()) { precedence(before, after, 0, days, rule.location) }
            case .immediatelyAfter(let first, let then):
                for (a, b) in zip(items(of: first), items(of: then)) where !(a.endDate == b.entry.date && a.end == b.start) {
                    add("immediately-after", hard: true, cost: 1, "\(describe(b)) should start when \(describe(a)) ends",
                        [first, then], rule.location)
                }
            case .pairs(let first, let then, let sameDay, let days, let most):
                for (a, b) in zip(items(of: first), items(of: then)) {
                    let index = "occurrence \(a.entry.occurrence) of each"
                    if a.end > b.start || days.map({ b.entry.date.dayNumber - a.endDate.dayNumber < $0 }) == true {
                        add("pairs", hard: true, cost: 1, "\(describe(b)) should follow \(describe(a)) (\(index))", [first, then], rule.location)
                    }
                    if let most, b.entry.date.dayNumber - a.endDate.dayNumber > most {
                        add("pairs", hard: true, cost: 1, "\(describe(b)) should be at most \(most) day\(most == 1 ? "" : "s") after \(describe(a)) (\(index))",
                            [first, then], rule.location)
                    }
                    if sameDay, a.entry.date != b.entry.date {
                        add("pairs", hard: true, cost: 1, "\(describe(b)) should be on the day of \(describe(a)) (\(index))", [first, then], rule.location)
                    }
                }
            case .firstOfProgramme(let id), .lastOfProgramme(let id):
                let isFirst: Bool = if case .firstOfProgramme = rule.kind { true } else { false }
                let own = items(of: id)
                let cohorts = Set(own.flatMap(\.entry.cohorts))
                for x in own {
                    for y in items where y.entry.session != id && y.entry.cohorts.contains(where: cohorts.contains) {
                        if isFirst ? y.start < x.start : y.end > x.end {
                            add(isFirst ? "first-of-programme" : "last-of-programme", hard: true, cost: 1,
                                "\(describe(y)) is \(isFirst ? "before" : "after") \(describe(x))", [id, y.entry.session], rule.location)
                        }
                    }
                }
            case .sameDay(let sessions):
                let dates = Set(sessions.flatMap { items(of: $0) }.map(\.entry.date))
                add("same-day", hard: true, cost: max(0, dates.count - 1), "\(sessions.joined(separator: ", ")) span \(dates.count) dates",
                    sessions, rule.location)
            case .differentDays(let sessions):
                for id in sessions {
                    let placed = items(of: id)
                    let dates = Set(placed.map(\.entry.date))
                    add("different-days", hard: true, cost: placed.count - dates.count,
                        "\(id): \(placed.count) occurrences on \(dates.count) dates", [id], rule.location)
                }
            case .moduleWithinWeeks(let module, let weeks):
                let mondays = items.filter { $0.session?.module == module }.map { $0.entry.date.mondayOfWeek.dayNumber }
                if let lo = mondays.min(), let hi = mondays.max() {
                    let span = (hi - lo) / 7 + 1
                    add("module-within-weeks", hard: true, cost: max(0, span - weeks),
                        "module \(module) spans \(span) weeks, at most \(weeks) allowed", [module], rule.location)
                }
            case .firstOfDay, .lastOfDay, .dailyRitual, .roomCapacity:
                break // checked per occurrence
            case .loadLimit:
                break // see checkLoadLimits
            }
        }
    }

    mutating func precedence(_ before: String, _ after: String, _ minutes: Int, _ days: Int?, _ source: SourceLocation) {
        for a in items(of: before) {
            for b in items(of: after) {
                let tooClose = a.end + minutes > b.start
                let tooFewDays = days.map { b.entry.date.dayNumber - a.endDate.dayNumber < $0 } ?? false
                if tooClose || tooFewDays {
                    add("precedence", hard: true, cost: 1, "\(describe(a)) should end before \(describe(b))", [before, after], source)
                }
            }
        }
    }

    /// Distinct windows on `date` in which `cohort` may be taught: not a travel day, at its stay's
    /// venue (any venue without stays), one grain piece at least inside its rhythm.
    func cohortWindows(_ cohort: Cohort, on date: LocalDate) -> [TimeWindow] {
        if cohort.travelDays.contains(where: { $0.date == date }) { return [] }
        var places = venues
        if !cohort.stays.isEmpty {
            guard let stay = cohort.stays.first(where: { date >= $0.from && date <= $0.to }) else { return [] }
            places = venues.filter { $0.id == stay.venue }
        }
        var distinct: [TimeWindow] = []
        for w in places.flatMap({ opening.windows(of: $0, on: date) }) where !distinct.contains(w) {
            let inRhythm = cut(w).contains { s, e in
                cohort.rhythm.isEmpty || cohort.rhythm.contains {
                    $0.contains(date: date, window: w.name, startTime: TimeOfDay(minutes: s), endTime: TimeOfDay(minutes: e))
                }
            }
            if inRhythm { distinct.append(w) }
        }
        return distinct
    }

    /// Weekly load: the half-days taught in each ISO week against the bounds; the minimum of a week
    /// is capped by the windows the cohort has that week (see ``cohortWindows(_:on:)``).
    mutating func checkWeeklyLoads() {
        let dates = programme.calendar.start.through(programme.calendar.end).filter { !allWindows(on: $0).isEmpty }
        guard let firstMonday = dates.first?.mondayOfWeek, let lastMonday = dates.last?.mondayOfWeek else { return }
        for cohort in programme.cohorts {
            guard let load = cohort.weeklyLoad else { continue }
            struct Key: Hashable { var date: LocalDate; var window: String }
            let taught = Set(items.filter { $0.entry.cohorts.contains(cohort.id) }.flatMap { $0.pieces.map { Key(date: $0.date, window: $0.window) } })
            var monday = firstMonday
            while monday <= lastMonday {
                let week = monday.through(monday.adding(days: 6)).filter { $0 >= programme.calendar.start && $0 <= programme.calendar.end }
                let open = week.reduce(0) { $0 + cohortWindows(cohort, on: $1).count }
                let n = taught.filter { week.contains($0.date) }.count
                let over = max(0, n - (load.maximum ?? Int.max))
                let under = max(0, min(load.minimum ?? 0, open) - n)
                add("weekly-load", hard: true, cost: over + under,
                    "cohort \(cohort.name) is taught \(n) half-days in the week of \(monday) (\(open) available)", [cohort.id], load.location)
                monday = monday.adding(days: 7)
            }
        }
    }

    mutating func checkTravel() {
        func minutes(_ a: String, _ b: String) -> Int {
            let ab = venues.first { $0.id == a }?.travel.first { $0.venue == b }?.minutes ?? 0
            let ba = venues.first { $0.id == b }?.travel.first { $0.venue == a }?.minutes ?? 0
            return max(ab, ba)
        }
        let resources = programme.trainers.map(\.id) + programme.cohorts.map(\.id)
        for id in resources {
            let mine = items.filter { $0.entry.trainers.contains(id) || $0.entry.cohorts.contains(id) }
            for (i, a) in mine.enumerated() {
                for b in mine[(i + 1)...] where a.entry.venue != b.entry.venue && a.entry.date == b.entry.date {
                    let (x, y) = a.start <= b.start ? (a, b) : (b, a)
                    let need = minutes(x.entry.venue, y.entry.venue)
                    if need > 0, y.start - x.end < need {
                        add("travel-time", hard: true, cost: 1,
                            "\(id) needs \(need) minutes from \(x.entry.venue) to \(y.entry.venue) between \(describe(x)) and \(describe(y))",
                            [id], nil)
                    }
                }
            }
        }
    }
}
