import Curriculum

/// Mutable state of one compilation (see ``ProblemCompiler``).
struct ProblemBuilder {
    let programme: Programme
    var problem: Problem
    var failures: [UnplaceableEvent] = []
    let venues: [Venue]
    let grainMinutes: Int?

    // Lookup tables (never iterated).
    var venueIndex: [String: Int] = [:]
    var trainerIndex: [String: Int] = [:]
    var roomIndex: [String: Int] = [:]
    var cohortIndex: [String: Int] = [:]
    var sessionIndex: [String: Int] = [:]

    /// `venueOpen[v][p]`: venue `v` is open during period `p`.
    var venueOpen: [[Bool]] = []
    /// The grid's periods with their dates, windows and times (empty until `buildGrid`).
    var periodCalendar: PeriodCalendar
    /// First date's day number.
    var firstDayNumber = 0
    /// Ritual dates by session index (events are expanded from them).
    var ritualDates: [Int: [LocalDate]] = [:]
    var ritualTime: [Int: (TimeOfDay, SourceLocation)] = [:]
    /// Events per session index, filled by `buildEvents`.
    var eventsOfSession: [[Int]] = []
    /// Unknown references found while building events, per event.
    var eventProblems: [[UnplaceableEvent.Reason]] = []

    let calendar: TeachingCalendar

    init(programme: Programme, calendar: TeachingCalendar) {
        self.programme = programme
        self.calendar = calendar
        problem = Problem(calendar: calendar)
        periodCalendar = PeriodCalendar(problem)
        venues = programme.venues.isEmpty
            ? [Venue(id: "", name: "", country: .france, timezone: "UTC")] : programme.venues
        if case .minutes(let g) = programme.calendar.grain, g > 0 { grainMinutes = g } else { grainMinutes = nil }
        for (i, v) in venues.enumerated() where venueIndex[v.id] == nil { venueIndex[v.id] = i }
        for (i, t) in programme.trainers.enumerated() where trainerIndex[t.id] == nil { trainerIndex[t.id] = i }
        for (i, r) in programme.rooms.enumerated() where roomIndex[r.id] == nil { roomIndex[r.id] = i }
        for (i, c) in programme.cohorts.enumerated() where cohortIndex[c.id] == nil { cohortIndex[c.id] = i }
        for (i, s) in programme.sessions.enumerated() where sessionIndex[s.id] == nil { sessionIndex[s.id] = i }
    }

    // MARK: Grid

    mutating func buildGrid() {
        let opening = OpeningWindows(calendar, venues: venues)
        struct Slot: Hashable { var start: Int; var end: Int; var name: String }
        var dates: [LocalDate] = []
        var periods: [Period] = []
        var windows: [GridWindow] = []
        var open: [[Bool]] = Array(repeating: [], count: venues.count)
        for date in programme.calendar.start.through(programme.calendar.end) {
            var perVenue: [[TimeWindow]] = []
            var distinct: [Slot] = []
            for venue in venues {
                let ws = opening.windows(of: venue, on: date).filter { $0.end > $0.start }
                perVenue.append(ws)
                for w in ws {
                    let slot = Slot(start: w.start.minutes, end: w.end.minutes, name: w.name)
                    if !distinct.contains(slot) { distinct.append(slot) }
                }
            }
            distinct.sort { ($0.start, $0.end, $0.name) < ($1.start, $1.end, $1.name) }
            // Cut every distinct window into periods; keep the distinct periods.
            var cuts: [(start: Int, end: Int, window: Int)] = []
            var dayWindows: [(Slot, Int)] = []
            for slot in distinct {
                let windowIndex = windows.count + dayWindows.count
                dayWindows.append((slot, windowIndex))
                for (s, e) in cut(slot.start, slot.end) where !cuts.contains(where: { $0.start == s && $0.end == e }) {
                    cuts.append((s, e, windowIndex))
                }
            }
            guard !cuts.isEmpty else { continue }
            cuts.sort { ($0.start, $0.end) < ($1.start, $1.end) }
            let day = dates.count
            dates.append(date)
            let base = periods.count
            for (slot, index) in dayWindows {
                let inside = cuts.enumerated().filter { $0.element.window == index }.map(\.offset)
                windows.append(GridWindow(
                    day: day, name: slot.name, start: TimeOfDay(minutes: slot.start), end: TimeOfDay(minutes: slot.end),
                    firstPeriod: base + (inside.first ?? 0), periodCount: inside.count))
            }
            for c in cuts {
                periods.append(Period(day: day, start: TimeOfDay(minutes: c.start), end: TimeOfDay(minutes: c.end), window: c.window))
            }
            for (v, ws) in perVenue.enumerated() {
                for c in cuts {
                    open[v].append(ws.contains { $0.start.minutes <= c.start && c.end <= $0.end.minutes })
                }
            }
        }
        problem.dates = dates
        problem.periods = periods
        problem.windows = windows
        venueOpen = open
        firstDayNumber = dates.first?.dayNumber ?? 0
        let firstMonday = dates.first?.mondayOfWeek.dayNumber ?? 0
        let P = periods.count
        problem.periodDay = periods.map { Int32($0.day) }
        problem.periodWindow = periods.map { Int32($0.window) }
        problem.periodWeek = periods.map { Int32((dates[$0.day].mondayOfWeek.dayNumber - firstMonday) / 7) }
        problem.weekCount = Int(problem.periodWeek.last ?? -1) + 1
        problem.periodAbsStart = periods.map { Int32((dates[$0.day].dayNumber - firstDayNumber) * 1440 + $0.start.minutes) }
        problem.periodAbsEnd = periods.map { Int32((dates[$0.day].dayNumber - firstDayNumber) * 1440 + $0.end.minutes) }
        var next = [Int32](repeating: -1, count: P)
        var prev = [Int32](repeating: -1, count: P)
        for p in 0..<max(0, P - 1) where periods[p].day == periods[p + 1].day && periods[p].end == periods[p + 1].start {
            next[p] = Int32(p + 1)
            prev[p + 1] = Int32(p)
        }
        problem.nextAdjacent = next
        problem.prevAdjacent = prev
        periodCalendar = PeriodCalendar(problem)
    }

    /// Periods of a window `[start, end)` in minutes.
    func cut(_ start: Int, _ end: Int) -> [(Int, Int)] {
        guard let g = grainMinutes else { return [(start, end)] }
        return stride(from: start, through: end - g, by: g).map { ($0, $0 + g) }
    }

    // MARK: Resources

    mutating func buildResources() {
        problem.sessionIDs = programme.sessions.map(\.id)
        problem.trainerIDs = programme.trainers.map(\.id)
        problem.roomIDs = programme.rooms.map(\.id)
        problem.cohortIDs = programme.cohorts.map(\.id)
        problem.venueIDs = venues.map(\.id)
        let P = problem.periodCount
        problem.roomVenue = programme.rooms.map { Int32(venueIndex[$0.venue] ?? -1) }
        problem.roomCapacity = programme.rooms.map { Int32($0.capacity) }
        var prefix = [Int32](repeating: 0, count: programme.rooms.count * (P + 1))
        for r in programme.rooms.indices {
            let v = venueIndex[programme.rooms[r].venue]
            for p in 0..<P {
                let isOpen = v.map { venueOpen[$0][p] } ?? false
                prefix[r * (P + 1) + p + 1] = prefix[r * (P + 1) + p] + (isOpen ? 1 : 0)
            }
        }
        problem.roomOpenPrefix = prefix
        var travel = [Int32](repeating: 0, count: venues.count * venues.count)
        for (a, venue) in venues.enumerated() {
            for t in venue.travel {
                guard let b = venueIndex[t.venue] else { continue }
                travel[a * venues.count + b] = max(travel[a * venues.count + b], Int32(t.minutes))
                travel[b * venues.count + a] = max(travel[b * venues.count + a], Int32(t.minutes))
            }
        }
        problem.travelMinutes = travel
    }

    // MARK: Events

    /// Teaching dates of a set of cohorts: open dates, not a travel day, inside a stay when stays are given.
    func teachingDates(of cohorts: [Int]) -> [LocalDate] {
        problem.dates.filter { date in
            cohorts.allSatisfy { c in
                let cohort = programme.cohorts[c]
                if cohort.travelDays.contains(where: { $0.date == date }) { return false }
                if !cohort.stays.isEmpty, !cohort.stays.contains(where: { date >= $0.from && date <= $0.to }) { return false }
                return true
            }
        }
    }

    mutating func buildEvents() {
        for rule in programme.rules {
            guard case .dailyRitual(let session, let time, let skip) = rule.kind, let s = sessionIndex[session] else { continue }
            let cohorts = programme.sessions[s].cohorts.compactMap { cohortIndex[$0] }
            ritualDates[s] = Array(teachingDates(of: cohorts).dropFirst(max(0, skip)))
            ritualTime[s] = (time, rule.location)
        }
        eventsOfSession = Array(repeating: [], count: programme.sessions.count)
        let T = problem.trainerCount, R = problem.roomCount
        for (s, session) in programme.sessions.enumerated() {
            let count = ritualDates[s]?.count ?? max(0, session.occurrences)
            for occurrence in 1...max(1, count) where count > 0 {
                let e = problem.eventSession.count
                eventsOfSession[s].append(e)
                problem.eventSession.append(Int32(s))
                problem.eventOccurrence.append(Int32(occurrence))
                var reasons: [UnplaceableEvent.Reason] = []
                var fixed: [Int32] = []
                for id in session.trainers {
                    if let t = trainerIndex[id] { fixed.append(Int32(t)) } else {
                        reasons.append(.init(message: "unknown trainer \(id)", location: session.location))
                    }
                }
                var cohorts: [Int32] = []
                var size = 0
                for id in session.cohorts {
                    if let c = cohortIndex[id] {
                        cohorts.append(Int32(c))
                        fixed.append(Int32(T + R + c))
                        size += programme.cohorts[c].size
                    } else {
                        reasons.append(.init(message: "unknown cohort \(id)", location: session.location))
                    }
                }
                var pool: [Int32] = []
                // A pin that fixes the pool choice (a frozen occurrence) leaves a pool of that one trainer.
                let pinned = session.pin(of: occurrence)?.trainer.flatMap { session.trainerPool.contains($0) ? [$0] : nil }
                for id in pinned ?? session.trainerPool {
                    if let t = trainerIndex[id] { pool.append(Int32(t)) } else {
                        reasons.append(.init(message: "unknown trainer \(id) in the pool", location: session.location))
                    }
                }
                problem.fixedResources += fixed
                problem.fixedOffsets.append(Int32(problem.fixedResources.count))
                problem.eventCohorts += cohorts
                problem.cohortOffsets.append(Int32(problem.eventCohorts.count))
                problem.poolTrainers += pool
                problem.poolOffsets.append(Int32(problem.poolTrainers.count))
                problem.participants.append(Int32(session.participants ?? size))
                eventProblems.append(reasons)
            }
        }
        var offsets: [Int32] = [0]
        var list: [Int32] = []
        for events in eventsOfSession {
            list += events.map(Int32.init)
            offsets.append(Int32(list.count))
        }
        problem.sessionEventOffsets = offsets
        problem.sessionEvents = list
    }
}
