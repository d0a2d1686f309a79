/// The checks across elements of a decoded programme: duplicate ids, references, dates inside the
/// period, grain and durations against the windows, pins, and cycles of precedences.
struct ProgrammeValidator {
    let programme: Programme
    let map: SourceMap
    /// False when the calendar had a problem: the checks that need it are skipped.
    let calendarIsValid: Bool

    /// Every problem found, in no particular order (the loader sorts them).
    func diagnostics() -> [Diagnostic] {
        var found = duplicateIDs() + unresolvedReferences() + unknownWindows() + precedenceCycles()
        if calendarIsValid {
            found += datesOutsidePeriod() + windowsAgainstGrain() + durations() + pins() + rituals() + weeklyLoads()
        }
        return found + spreads() + pairs() + calendarFiles()
    }

    /// iCalendar files named by the curriculum that are missing or cannot be opened, at the key that names them.
    func calendarFiles() -> [Diagnostic] {
        map.calendarFiles.compactMap { file -> Diagnostic? in
            do throws(InputFileError) {
                try InputFile.check(atPath: file.path)
                return nil
            } catch {
                return Diagnostic(location: file.location, problem: .unreadableCalendar(path: file.path, reason: error.reason))
            }
        }
    }

    private var calendar: ProgrammeCalendar { programme.calendar }

    func duplicateIDs() -> [Diagnostic] {
        var first: [EntityKind: [String: SourceLocation]] = [:]
        var found: [Diagnostic] = []
        for declaration in map.declarations {
            if let earlier = first[declaration.kind]?[declaration.id] {
                found.append(Diagnostic(location: declaration.location, problem: .duplicateID(kind: declaration.kind, id: declaration.id, first: earlier)))
            } else {
                first[declaration.kind, default: [:]][declaration.id] = declaration.location
            }
        }
        return found
    }

    /// References to undeclared ids; the first ``suggestedReferences`` of them get a "did you mean".
    /// - Complexity: O(n) in the declarations and references, plus the suggestions.
    func unresolvedReferences() -> [Diagnostic] {
        var declared: [EntityKind: (ids: Set<String>, list: [String])] = [:]
        for declaration in map.declarations where declared[declaration.kind, default: ([], [])].ids.insert(declaration.id).inserted {
            declared[declaration.kind]!.list.append(declaration.id)
        }
        var found: [Diagnostic] = []
        for reference in map.references where !(declared[reference.kind]?.ids.contains(reference.id) ?? false) {
            let suggestion = found.count < Self.suggestedReferences
                ? Suggestion.closest(to: reference.id, among: declared[reference.kind]?.list ?? []) : nil
            found.append(Diagnostic(location: reference.location, problem: .unknownReference(kind: reference.kind, id: reference.id, suggestion: suggestion)))
        }
        return found
    }

    /// Unknown references beyond this many get no suggestion (each costs a pass over the ids).
    static let suggestedReferences = 100

    func unknownWindows() -> [Diagnostic] {
        let names = map.windows.map(\.window.name)
        return map.windowReferences.compactMap { reference in
            guard !names.contains(reference.name) else { return nil }
            let suggestion = Suggestion.closest(to: reference.name, among: Array(Set(names)))
            return Diagnostic(location: reference.location, problem: .unknownWindow(name: reference.name, suggestion: suggestion))
        }
    }

    func datesOutsidePeriod() -> [Diagnostic] {
        map.dates.compactMap { located in
            guard located.date < calendar.start || located.date > calendar.end else { return nil }
            return Diagnostic(location: located.location, problem: .dateOutsidePeriod(date: located.date, start: calendar.start, end: calendar.end))
        }
    }

    func windowsAgainstGrain() -> [Diagnostic] {
        guard case let .minutes(grain) = calendar.grain else { return [] }
        return map.windows.compactMap { located in
            let length = located.window.end.minutes - located.window.start.minutes
            guard length % grain != 0 else { return nil }
            return Diagnostic(location: located.location, problem: .grainDoesNotDivideWindow(window: located.window.name, minutes: length, grain: grain))
        }
    }

    func durations() -> [Diagnostic] {
        let longest = map.windows.map { $0.window.end.minutes - $0.window.start.minutes }.max() ?? 0
        return programme.sessions.compactMap { session in
            guard case let .minutes(minutes) = session.duration else { return nil }
            let location = map.durationLocations[session.location] ?? session.location
            let problem: CurriculumProblem
            switch calendar.grain {
            case .window:
                problem = .minutesWithWindowGrain(session: session.id, minutes: minutes)
            case let .minutes(grain) where minutes % grain != 0:
                problem = .durationNotMultipleOfGrain(session: session.id, minutes: minutes, grain: grain)
            case .minutes where minutes > longest:
                problem = .durationLongerThanWindows(session: session.id, minutes: minutes, longest: longest)
            case .minutes:
                return nil
            }
            return Diagnostic(location: location, problem: problem)
        }
    }

    func pins() -> [Diagnostic] {
        var found: [Diagnostic] = []
        let teachingWeekdays = calendar.weekdays + programme.venues.flatMap { $0.weekdays ?? [] }
        let closures = TeachingCalendar(programme: programme)
        for session in programme.sessions {
            let rooms = Set(session.rooms)
            let venues = rooms.isEmpty ? programme.venues.map(\.id) : programme.rooms.filter { rooms.contains($0.id) }.map(\.venue)
            if session.pins.count > session.occurrences {
                let problem = CurriculumProblem.tooManyPins(session: session.id, pins: session.pins.count, occurrences: session.occurrences)
                found.append(Diagnostic(location: session.pins[session.occurrences].location, problem: problem))
            }
            for pin in session.pins where pin.date >= calendar.start && pin.date <= calendar.end {
                let windows = openWindows(on: pin.date)
                let opensByOverride = calendar.overrides.contains { $0.date == pin.date && !$0.windows.isEmpty }
                if !teachingWeekdays.contains(pin.date.weekday), !opensByOverride {
                    found.append(Diagnostic(location: pin.location, problem: .pinOnNonTeachingDay(date: pin.date, weekday: pin.date.weekday)))
                    continue
                }
                let closed = venues.map { closures.isClosed(date: pin.date, venue: $0) }
                if !closed.isEmpty, closed.allSatisfy({ $0 != nil }), let closure = closed.first! {
                    found.append(Diagnostic(location: pin.location, problem: .pinOnClosedDate(date: pin.date, reason: closure.reason, closureLine: closure.source.line)))
                    continue
                }
                if !windows.contains(where: { Self.fits(session.duration, at: pin.time, in: $0) }) {
                    let names = windows.map { "\($0.name) \($0.start)-\($0.end)" }
                    found.append(Diagnostic(location: pin.location, problem: .pinOutsideWindows(date: pin.date, time: pin.time, windows: names)))
                }
            }
        }
        return found
    }

    /// Weekly loads whose minimum no ISO week can give: above the most half-days (distinct date and
    /// window name, at any venue) that the calendar opens and the cohort's rhythm meets in one week.
    func weeklyLoads() -> [Diagnostic] {
        let open = TeachingCalendar(programme: programme)
        let windows = programme.venues.flatMap { open.openWindows(venue: $0.id) }
        return programme.cohorts.compactMap { cohort -> Diagnostic? in
            guard let load = cohort.weeklyLoad, let minimum = load.minimum else { return nil }
            struct HalfDay: Hashable { var date: LocalDate; var window: String }
            let allowed = Set(windows.filter { w in
                cohort.rhythm.isEmpty || cohort.rhythm.contains { spec in
                    let start = max(w.start, spec.start ?? w.start), end = min(w.end, spec.end ?? w.end)
                    return start < end && spec.contains(date: w.date, window: w.window, startTime: start, endTime: end)
                }
            }.map { HalfDay(date: $0.date, window: $0.window) })
            let most = Dictionary(grouping: allowed, by: \.date.mondayOfWeek).values.map(\.count).max() ?? 0
            guard minimum > most else { return nil }
            return Diagnostic(location: load.location, problem: .weeklyLoadAboveRhythm(minimum: minimum, most: most))
        }
    }

    /// Daily rituals whose session cannot start at their time in any window of the calendar or a venue.
    func rituals() -> [Diagnostic] {
        let windows = calendar.windows + programme.venues.flatMap { $0.windows ?? [] }
        return programme.rules.compactMap { rule in
            guard case let .dailyRitual(id, time, _) = rule.kind, let session = programme.sessions.first(where: { $0.id == id }),
                  !windows.contains(where: { Self.fits(session.duration, at: time, in: $0) })
            else { return nil }
            return Diagnostic(location: rule.location, problem: .ritualOutsideWindows(session: id, time: time))
        }
    }

    /// `pairs` rules between series of different lengths.
    func pairs() -> [Diagnostic] {
        programme.rules.compactMap { rule -> Diagnostic? in
            guard case let .pairs(first, then, _, _, _) = rule.kind,
                  let a = programme.sessions.first(where: { $0.id == first }), let b = programme.sessions.first(where: { $0.id == then }),
                  a.occurrences != b.occurrences
            else { return nil }
            return Diagnostic(location: rule.location, problem: .unequalPairs(first: first, firstCount: a.occurrences, then: then, thenCount: b.occurrences))
        }
    }

    /// Spreads that ask for more dates than the session has occurrences.
    func spreads() -> [Diagnostic] {
        programme.preferences.compactMap { preference in
            guard case let .spread(id, minDays) = preference.kind, let session = programme.sessions.first(where: { $0.id == id }),
                  minDays > session.occurrences
            else { return nil }
            let problem = CurriculumProblem.spreadBeyondOccurrences(session: id, minDays: minDays, occurrences: session.occurrences)
            return Diagnostic(location: preference.location, problem: problem)
        }
    }

    /// Whether an occurrence of `duration` starting at `time` fits in `window` (whole-window
    /// durations start at its opening).
    static func fits(_ duration: SessionDuration, at time: TimeOfDay, in window: TimeWindow) -> Bool {
        switch duration {
        case let .minutes(minutes): window.start <= time && time.minutes + minutes <= window.end.minutes
        case .windows, .days: window.start == time
        }
    }

    /// The windows that may be open on `date` at some venue: the date's override (or the calendar's
    /// windows), plus every venue's own windows and venue overrides of that date.
    func openWindows(on date: LocalDate) -> [TimeWindow] {
        let overrides = calendar.overrides.filter { $0.date == date }
        var windows = overrides.first { $0.venue == nil }?.windows ?? calendar.windows
        windows += overrides.filter { $0.venue != nil }.flatMap(\.windows)
        windows += programme.venues.flatMap { $0.windows ?? [] }
        var unique: [TimeWindow] = []
        for window in windows where !unique.contains(window) { unique.append(window) }
        return unique
    }
}
