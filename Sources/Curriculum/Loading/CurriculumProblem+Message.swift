extension CurriculumProblem {
    /// The one place that writes the text of a problem: the offending value, what was expected and,
    /// when it helps, a hint ("did you mean …?").
    public var message: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "cannot read curriculum file '\(path)': \(reason)"
        case let .notUTF8(byte):
            return "byte 0x\(String(byte, radix: 16, uppercase: true)) is not UTF-8 text; maybe the file was saved as Latin-1 or Windows-1252: save it as UTF-8"
        case let .expansionTooLarge(limit):
            return "aliases (*name) and merge keys (<<:) expand the file past \(limit) YAML nodes; write the repeated parts out, or nest fewer aliases"
        case let .syntax(problem, context):
            let hint = Self.syntaxHint(problem)
            return "YAML syntax error: \(problem)" + (context.map { " (\($0))" } ?? "") + (hint.map { "; \($0)" } ?? "")
        case let .duplicateKeys(keys):
            return "key \(Self.quotedList(keys)) appears more than once in the same mapping; keep one"
        case .emptyDocument:
            return "the file holds no curriculum; expected a mapping with at least 'id', 'title', 'calendar', 'venues' and 'sessions'"
        case let .documentNotAMapping(found):
            return "the file must be a mapping of keys ('id', 'title', 'calendar', …), found \(found)"
        case let .unknownKey(key, context, suggestion):
            return "unknown key '\(key)' in \(context)" + Self.didYouMean(suggestion)
        case let .missingKey(key, context):
            return "\(context) is missing required key '\(key)'"
        case let .invalidValue(key, found, expected, suggestion):
            return "invalid value for '\(key)': expected \(expected.phrase), found \(found)" + Self.didYouMean(suggestion)
        case let .missingKind(context, kinds):
            return "\(context) names no kind; expected one of the keys \(Self.quotedList(kinds))"
        case let .conflictingKinds(kinds, context):
            return "\(context) names several kinds (\(Self.quotedList(kinds))); write one per list item"
        case let .tooSmall(key, value, minimum):
            return "invalid value for '\(key)': \(value) is below the minimum \(minimum)"
        case let .tooLarge(key, value, maximum):
            return "invalid value for '\(key)': \(value) is above the maximum \(maximum)"
        case let .periodTooLong(days, maximum):
            return "the period spans \(days) days, over the maximum of \(maximum) days (ten years)"
        case let .tooFewItems(key, count, minimum):
            return "'\(key)' lists \(count) item\(count == 1 ? "" : "s"); it needs at least \(minimum)"
        case let .missingOneOf(keys, context):
            return "\(context) needs at least one of the keys \(Self.quotedList(keys))"
        case let .reversedBounds(lowerKey, lower, upperKey, upper, strict):
            return "'\(lowerKey)' (\(lower)) must be \(strict ? "before" : "at most") '\(upperKey)' (\(upper))"
        case let .duplicateID(kind, id, first):
            return "duplicate \(kind) id '\(id)'; it is already declared at \(first)"
        case let .unknownReference(kind, id, suggestion):
            return "unknown \(kind) '\(id)'" + Self.didYouMean(suggestion)
        case let .duplicateWindow(name):
            return "duplicate window name '\(name)' in the same list"
        case let .unknownWindow(name, suggestion):
            return "unknown window '\(name)'; windows are named in 'calendar.windows', a venue's 'windows' or an override"
                + Self.didYouMean(suggestion)
        case let .dateOutsidePeriod(date, start, end):
            return "date \(date) is outside the programme period \(start) to \(end)"
        case let .grainDoesNotDivideWindow(window, minutes, grain):
            return "window '\(window)' lasts \(minutes) minutes, which is not a multiple of the grain (\(grain)min)"
        case let .durationNotMultipleOfGrain(session, minutes, grain):
            return "duration of session '\(session)' (\(minutes)min) is not a multiple of the grain (\(grain)min)"
        case let .durationLongerThanWindows(session, minutes, longest):
            return "duration of session '\(session)' (\(minutes)min) is longer than the longest window (\(longest)min); "
                + "use half-days or days for sessions that span windows"
        case let .minutesWithWindowGrain(session, minutes):
            return "duration of session '\(session)' is \(minutes)min but the grain is 'window'; use half-days or days"
        case let .tooManyPins(session, pins, occurrences):
            return "session '\(session)' has \(pins) pins but only \(occurrences) occurrence\(occurrences == 1 ? "" : "s"); "
                + "raise 'occurrences' or remove pins"
        case let .pinOnNonTeachingDay(date, weekday):
            return "pinned date \(date) is a \(weekday.rawValue), which is not a teaching weekday"
        case let .pinOutsideWindows(date, time, windows):
            let open = windows.isEmpty ? "no window is open that day" : "open windows: \(windows.joined(separator: ", "))"
            return "pinned start \(date) \(time) does not fit in an opening window (\(open))"
        case let .ritualOutsideWindows(session, time):
            return "daily ritual '\(session)' at \(time) does not fit in any opening window; choose a time inside a window"
        case let .spreadBeyondOccurrences(session, minDays, occurrences):
            return "spread of session '\(session)' over \(minDays) days cannot be reached with \(occurrences) "
                + "occurrence\(occurrences == 1 ? "" : "s"); lower 'min_days' or raise 'occurrences'"
        case let .overlappingStays(first, second):
            return "stay at '\(second)' starts before the stay at '\(first)' ends; a cohort is in one place at a time"
        case let .precedenceCycle(sessions):
            return "precedence cycle: \((sessions + sessions.prefix(1)).joined(separator: " -> ")); no order satisfies these rules"
        case let .unequalPairs(first, firstCount, then, thenCount):
            return "pairs: '\(first)' has \(firstCount) occurrence\(firstCount == 1 ? "" : "s") and '\(then)' \(thenCount); "
                + "paired series need as many occurrences each"
        case let .weeklyLoadAboveRhythm(minimum, most):
            return "weekly load asks for at least \(minimum) half-day\(minimum == 1 ? "" : "s") a week, but the calendar and the cohort's rhythm "
                + "give at most \(most) in any week; lower the load or widen the rhythm"
        case let .pinOnClosedDate(date, reason, line):
            return "pinned date \(date) is closed by the closure on line \(line) (\(reason)); move the pin or the closure"
        case let .unreadableCalendar(path, reason):
            return "cannot read the calendar '\(path)': \(reason)"
        case let .unknownRegion(region, country, known, suggestion):
            let regions = known.isEmpty ? "it has no regional holidays" : "its regions are \(Self.quotedList(known))"
            return "unknown holiday region '\(region)' for \(country): \(regions)" + Self.didYouMean(suggestion)
        case let .conflictingSubjects(keys, context):
            return "\(context) names several subjects (\(Self.quotedList(keys))); write one limit per subject"
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    private static func quotedList(_ items: [String]) -> String {
        items.map { "'\($0)'" }.joined(separator: ", ")
    }

    private static func syntaxHint(_ problem: String) -> String? {
        if problem.contains("cannot start any token") {
            return "maybe a tab is used for indentation (use spaces) or a value starting with '@' or '`' needs quotes"
        }
        if problem.contains("found another document") {
            return "a curriculum file holds one document; remove the second '---'"
        }
        if problem.contains("mapping values are not allowed") {
            return "maybe a value containing ': ' needs quotes"
        }
        return nil
    }
}

extension ExpectedValue {
    /// "an integer", "a date (YYYY-MM-DD)", …
    var phrase: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .mapping: return "a mapping"
        case .list: return "a list"
        case .flag: return "'true'"
        case .date: return "a date (YYYY-MM-DD)"
        case .time: return "a time (HH:MM)"
        case .weekday: return "a weekday (monday … sunday)"
        case .country: return "a country ('FR' or 'IT')"
        case .timezone: return "an IANA time zone (e.g. Europe/Paris)"
        case .duration: return "a duration (e.g. 90min, 1h30, 2 half-days, 1 day)"
        case .grain: return "a grain (e.g. 30min, or 'window')"
        case .identifier: return "an id of letters, digits, '-', '_' or '.'"
        case .language: return "a language code (e.g. fr, en, it, pt-BR)"
        case .emailAddress: return "an e-mail address (e.g. formation@example.org)"
        case .weeklyLoad: return "an integer or a mapping with 'minimum' and/or 'maximum'"
        case .boolean: return "'true' or 'false'"
        case .resourceKind: return "a kind of resource ('trainer', 'cohort' or 'room')"
        case .dailyLoad: return "a duration in minutes or half-days (e.g. 6h, 2 half-days)"
        }
    }
}
