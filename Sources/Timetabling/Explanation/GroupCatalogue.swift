import Curriculum

/// The constraint groups of a programme, and the programme with only some of them.
///
/// The base programme has its public holidays expanded to one closure per date (so that each
/// holiday is a group of its own, named) and its soft preferences dropped (they never make a
/// programme infeasible), except `room_capacity`, which decides which rooms a session may use.
/// Everything that is not a group (sessions, durations, trainers and cohorts of a session, the
/// calendar's windows) is background: always kept.
struct GroupCatalogue {
    let base: Programme
    let groups: [ConstraintGroup]

    init(_ programme: Programme) {
        let base = GroupCatalogue.expandingHolidays(GroupCatalogue.withoutSoftPreferences(programme))
        self.base = base
        self.groups = GroupCatalogue.groups(of: base, original: programme)
    }

    /// The base programme keeping only the groups at `kept` (indices into ``groups``).
    func programme(keeping kept: [Int]) -> Programme {
        var removed = Set(groups.indices.map { groups[$0].key })
        for i in kept { removed.remove(groups[i].key) }
        return GroupCatalogue.relax(base, removing: removed)
    }

    /// The groups that can change where occurrences of `sessionID` may start or which rooms they may
    /// use once compiled: its own times, pins and rooms, its trainers' availability, its cohorts'
    /// rhythm, stays and travel days, the closures, room seats and the unary rules naming it.
    func groups(restricting sessionID: String) -> [Int] {
        guard let s = base.sessions.firstIndex(where: { $0.id == sessionID }) else { return Array(groups.indices) }
        let session = base.sessions[s]
        let trainers = Set((session.trainers + session.trainerPool).compactMap { id in base.trainers.firstIndex { $0.id == id } })
        let cohorts = Set(session.cohorts.compactMap { id in base.cohorts.firstIndex { $0.id == id } })
        return groups.indices.filter { i in
            switch groups[i].key {
            case .rule(let r):
                switch base.rules[r].kind {
                case .firstOfDay(let id), .lastOfDay(let id): return id == sessionID
                case .dailyRitual(let id, _, _): return id == sessionID
                case .roomCapacity: return true
                default: return false
                }
            case .pin(let t, _), .sessionAllowed(let t), .sessionUnavailable(let t, _), .sessionRooms(let t): return t == s
            case .trainerAvailable(let t), .trainerUnavailable(let t, _): return trainers.contains(t)
            case .cohortRhythm(let c), .cohortWeeklyLoad(let c), .cohortStay(let c, _), .cohortOnlyDuringStays(let c),
                 .cohortTravelDay(let c, _):
                return cohorts.contains(c)
            case .closure, .closingOverride, .roomCapacity: return true
            case .travelTime: return false  // between two occurrences, never a domain
            }
        }
    }

    /// `chain` with the groups of one session (its rooms, allowed times, unavailable times, pins)
    /// replaced by the same groups of `sessionID`; nil when nothing changes or this session has
    /// no such group.
    func analogue(of chain: [Int], for sessionID: String) -> [Int]? {
        guard let s = base.sessions.firstIndex(where: { $0.id == sessionID }) else { return nil }
        var changed = false
        var mapped: [Int] = []
        for i in chain {
            let key: ConstraintGroup.Key
            switch groups[i].key {
            case .sessionRooms(let t) where t != s: key = .sessionRooms(s)
            case .sessionAllowed(let t) where t != s: key = .sessionAllowed(s)
            case .sessionUnavailable(let t, let k) where t != s: key = .sessionUnavailable(session: s, entry: k)
            case .pin(let t, let k) where t != s: key = .pin(session: s, pin: k)
            default:
                mapped.append(i)
                continue
            }
            guard let j = groups.firstIndex(where: { $0.key == key }) else { return nil }
            mapped.append(j)
            changed = true
        }
        return changed ? mapped : nil
    }

    static func withoutSoftPreferences(_ programme: Programme) -> Programme {
        var copy = programme
        copy.preferences = programme.preferences.filter { $0.kind == .roomCapacity }
        return copy
    }

    /// Replaces each public-holiday closure by one named closure per holiday inside the programme.
    static func expandingHolidays(_ programme: Programme) -> Programme {
        var copy = programme
        let calendar = programme.calendar
        copy.calendar.closures = calendar.closures.flatMap { closure -> [Closure] in
            guard case .publicHolidays(let country, let region) = closure.kind else { return [closure] }
            return (calendar.start.year...max(calendar.start.year, calendar.end.year))
                .flatMap { PublicHolidays.holidays(country: country, region: region, year: $0) }
                .filter { $0.date >= calendar.start && $0.date <= calendar.end }
                .map { Closure(kind: .period(name: $0.name, from: $0.date, to: $0.date), venue: closure.venue, location: closure.location) }
        }
        return copy
    }

    /// A venue id no programme can use: a stay there means "any venue" to the compiler.
    static let anyVenue = "\u{1}any venue"

    static func relax(_ programme: Programme, removing removed: Set<ConstraintGroup.Key>) -> Programme {
        guard !removed.isEmpty else { return programme }
        var p = programme
        p.rules = programme.rules.indices.filter { !removed.contains(.rule($0)) }.map { programme.rules[$0] }
        p.calendar.closures = programme.calendar.closures.indices.filter { !removed.contains(.closure($0)) }
            .map { programme.calendar.closures[$0] }
        p.calendar.overrides = programme.calendar.overrides.indices.filter { !removed.contains(.closingOverride($0)) }
            .map { programme.calendar.overrides[$0] }
        for r in p.rooms.indices where removed.contains(.roomCapacity(r)) { p.rooms[r].capacity = 1_000_000 }
        for (a, venue) in programme.venues.enumerated() {
            p.venues[a].travel = venue.travel.filter { travel in
                guard let b = programme.venues.firstIndex(where: { $0.id == travel.venue }) else { return true }
                return !removed.contains(.travelTime(min(a, b), max(a, b)))
            }
        }
        for (s, session) in programme.sessions.enumerated() {
            p.sessions[s].pins = session.pins.indices.filter { !removed.contains(.pin(session: s, pin: $0)) }.map { session.pins[$0] }
            if removed.contains(.sessionAllowed(s)) { p.sessions[s].allowed = [] }
            p.sessions[s].unavailable = session.unavailable.indices
                .filter { !removed.contains(.sessionUnavailable(session: s, entry: $0)) }.map { session.unavailable[$0] }
            if removed.contains(.sessionRooms(s)) { p.sessions[s].rooms = [] }
        }
        for (t, trainer) in programme.trainers.enumerated() {
            if removed.contains(.trainerAvailable(t)) { p.trainers[t].available = [] }
            p.trainers[t].unavailable = trainer.unavailable.indices
                .filter { !removed.contains(.trainerUnavailable(trainer: t, entry: $0)) }.map { trainer.unavailable[$0] }
        }
        for (c, cohort) in programme.cohorts.enumerated() {
            if removed.contains(.cohortRhythm(c)) { p.cohorts[c].rhythm = [] }
            if removed.contains(.cohortWeeklyLoad(c)) { p.cohorts[c].weeklyLoad = nil }
            p.cohorts[c].travelDays = cohort.travelDays.indices
                .filter { !removed.contains(.cohortTravelDay(cohort: c, day: $0)) }.map { cohort.travelDays[$0] }
            for i in cohort.stays.indices where removed.contains(.cohortStay(cohort: c, stay: i)) {
                p.cohorts[c].stays[i].venue = anyVenue
            }
            if removed.contains(.cohortOnlyDuringStays(c)) {
                p.cohorts[c].stays += uncovered(by: cohort.stays, in: programme.calendar).map {
                    Stay(venue: anyVenue, from: $0.from, to: $0.to, location: cohort.location)
                }
            }
        }
        return p
    }

    /// The date ranges of the calendar that no stay covers, in order.
    static func uncovered(by stays: [Stay], in calendar: ProgrammeCalendar) -> [(from: LocalDate, to: LocalDate)] {
        var ranges: [(from: LocalDate, to: LocalDate)] = []
        for date in calendar.start.through(calendar.end) where !stays.contains(where: { date >= $0.from && date <= $0.to }) {
            if let last = ranges.last, last.to.adding(days: 1) == date {
                ranges[ranges.count - 1].to = date
            } else {
                ranges.append((date, date))
            }
        }
        return ranges
    }

    // MARK: Enumeration

    static func groups(of base: Programme, original: Programme) -> [ConstraintGroup] {
        let words = PlainWords(programme: base)
        var groups: [ConstraintGroup] = []
        func add(_ key: ConstraintGroup.Key, _ location: SourceLocation, _ sentence: String) {
            groups.append(ConstraintGroup(key: key, location: location, sentence: sentence))
        }
        for (i, rule) in base.rules.enumerated() { add(.rule(i), rule.location, words.rule(rule)) }
        for (s, session) in base.sessions.enumerated() {
            let title = words.session(session.id)
            for (k, pin) in session.pins.enumerated() {
                let which = session.occurrences > 1 ? " (occurrence \(pin.occurrence ?? k + 1))" : ""
                let at = "\(PlainWords.date(pin.date)) at \(pin.time)"
                add(.pin(session: s, pin: k), pin.location, pin.reason.map { "\(title)\(which) is \($0): \(at)" } ?? "\(title)\(which) is pinned to \(at)")
            }
            if !session.allowed.isEmpty {
                add(.sessionAllowed(s), session.allowed[0].location, "\(title) may only take place \(PlainWords.times(session.allowed))")
            }
            for (k, spec) in session.unavailable.enumerated() {
                add(.sessionUnavailable(session: s, entry: k), spec.location, "\(title) may not take place \(PlainWords.times(spec))")
            }
            if !session.rooms.isEmpty {
                let rooms = PlainWords.list(session.rooms.map(words.room), "or")
                add(.sessionRooms(s), session.location, "\(title) may only use \(session.rooms.count == 1 ? "the room" : "the rooms") \(rooms)")
            }
        }
        for (t, trainer) in base.trainers.enumerated() {
            if !trainer.available.isEmpty {
                add(.trainerAvailable(t), trainer.available[0].location, "\(trainer.name) is available only \(PlainWords.times(trainer.available))")
            }
            for (k, spec) in trainer.unavailable.enumerated() {
                let what = spec.event.map { "is busy with '\($0)'" } ?? "is unavailable"
                add(.trainerUnavailable(trainer: t, entry: k), spec.location, "\(trainer.name) \(what) \(PlainWords.times(spec))")
            }
        }
        for (c, cohort) in base.cohorts.enumerated() {
            if !cohort.rhythm.isEmpty {
                add(.cohortRhythm(c), cohort.rhythm[0].location, "\(cohort.name) is taught only \(PlainWords.times(cohort.rhythm))")
            }
            if let load = cohort.weeklyLoad {
                add(.cohortWeeklyLoad(c), load.location, "\(cohort.name) is taught \(PlainWords.load(load))")
            }
            for (k, stay) in cohort.stays.enumerated() {
                add(.cohortStay(cohort: c, stay: k), stay.location,
                    "\(cohort.name) stays at \(words.venue(stay.venue)) \(PlainWords.range(stay.from, stay.to))")
            }
            if !cohort.stays.isEmpty, !uncovered(by: cohort.stays, in: base.calendar).isEmpty {
                let gaps = uncovered(by: cohort.stays, in: base.calendar).map { PlainWords.range($0.from, $0.to) }
                add(.cohortOnlyDuringStays(c), cohort.stays[0].location,
                    "\(cohort.name) is taught only during its stays (not \(PlainWords.list(gaps, "or")))")
            }
            for (k, day) in cohort.travelDays.enumerated() {
                add(.cohortTravelDay(cohort: c, day: k), day.location,
                    "\(cohort.name) travels from \(words.venue(day.from)) to \(words.venue(day.to)) on \(PlainWords.date(day.date)): no teaching that day")
            }
        }
        for (k, closure) in base.calendar.closures.enumerated() {
            guard case .period(let name, let from, let to) = closure.kind else { continue }
            let place = closure.venue.map(words.venue) ?? "The programme"
            let isHoliday = original.calendar.closures.contains {
                if case .publicHolidays = $0.kind { return $0.location == closure.location } else { return false }
            }
            let what = isHoliday ? "public holiday" : "break"
            add(.closure(k), closure.location, "\(place) is closed \(PlainWords.range(from, to)) (\(what): \(name))")
        }
        for (k, override) in base.calendar.overrides.enumerated() where override.windows.isEmpty {
            let place = override.venue.map(words.venue) ?? "The programme"
            add(.closingOverride(k), override.location, "\(place) is closed on \(PlainWords.date(override.date))")
        }
        for (a, venue) in base.venues.enumerated() {
            for travel in venue.travel where travel.minutes > 0 {
                guard let b = base.venues.firstIndex(where: { $0.id == travel.venue }), b != a else { continue }
                let key = ConstraintGroup.Key.travelTime(min(a, b), max(a, b))
                guard !groups.contains(where: { $0.key == key }) else { continue }
                let minutes = base.venues[a].travel.filter { $0.venue == base.venues[b].id }.map(\.minutes)
                    + base.venues[b].travel.filter { $0.venue == base.venues[a].id }.map(\.minutes)
                add(key, travel.location,
                    "travelling between \(venue.name) and \(base.venues[b].name) takes \(minutes.max() ?? travel.minutes) minutes")
            }
        }
        if base.rules.contains(where: { $0.kind == .roomCapacity }) {
            for (r, room) in base.rooms.enumerated() {
                add(.roomCapacity(r), room.location, "the room \(words.room(room.id)) seats \(room.capacity)")
            }
        }
        return groups
    }
}
