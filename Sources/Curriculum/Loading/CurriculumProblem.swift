/// What is wrong at one place of a curriculum file; `CurriculumProblem.message` writes the text.
public enum CurriculumProblem: Hashable, Sendable {
    // Reading and YAML syntax
    /// The file could not be read.
    case unreadableFile(path: String, reason: String)
    /// The byte at this position starts no UTF-8 sequence (a Latin-1 or Windows-1252 file).
    case notUTF8(byte: UInt8)
    /// Aliases (`*name`) and merge keys (`<<:`) expand the document past `limit` YAML nodes.
    case expansionTooLarge(limit: Int)
    /// libyaml rejected the text; `context` is what it was doing (e.g. "while scanning a simple key").
    case syntax(problem: String, context: String?)
    /// A mapping states the same key twice.
    case duplicateKeys([String])
    /// The file holds no YAML document.
    case emptyDocument
    /// The document is not a mapping of keys; `found` describes it.
    case documentNotAMapping(found: String)

    // Structure
    /// A key that the mapping `context` does not accept.
    case unknownKey(String, context: String, suggestion: String?)
    /// A required key is absent from the mapping `context`.
    case missingKey(String, context: String)
    /// The value of `key` is of the wrong type or format; `found` quotes it.
    case invalidValue(key: String, found: String, expected: ExpectedValue, suggestion: String?)
    /// A rule or preference mapping names none of the kinds.
    case missingKind(context: String, kinds: [String])
    /// A rule, preference or closure mapping names several kinds.
    case conflictingKinds([String], context: String)
    /// An integer below its minimum.
    case tooSmall(key: String, value: Int, minimum: Int)
    /// An integer above its maximum (the documented limits of docs/reliability.md).
    case tooLarge(key: String, value: String, maximum: Int)
    /// The programme period spans `days` days, over the `maximum`.
    case periodTooLong(days: Int, maximum: Int)
    /// A list with fewer items than needed.
    case tooFewItems(key: String, count: Int, minimum: Int)
    /// A mapping needs at least one of `keys`.
    case missingOneOf([String], context: String)
    /// Two bounds in the wrong order (`start` after `end`, `from` after `to`, `minimum` above `maximum`).
    case reversedBounds(lowerKey: String, lower: String, upperKey: String, upper: String, strict: Bool)

    // Semantics
    /// Two elements of one kind share an id.
    case duplicateID(kind: EntityKind, id: String, first: SourceLocation)
    /// A reference to an element that is not declared.
    case unknownReference(kind: EntityKind, id: String, suggestion: String?)
    /// Two windows of one list share a name.
    case duplicateWindow(name: String)
    /// A time spec names a window that no calendar, venue or override defines.
    case unknownWindow(name: String, suggestion: String?)
    /// A date outside `calendar.start…calendar.end`.
    case dateOutsidePeriod(date: LocalDate, start: LocalDate, end: LocalDate)
    /// A window whose length is not a multiple of a grain in minutes.
    case grainDoesNotDivideWindow(window: String, minutes: Int, grain: Int)
    /// A session duration in minutes that is not a multiple of the grain.
    case durationNotMultipleOfGrain(session: String, minutes: Int, grain: Int)
    /// A session duration in minutes longer than every window.
    case durationLongerThanWindows(session: String, minutes: Int, longest: Int)
    /// A duration in minutes while the grain is one period per window.
    case minutesWithWindowGrain(session: String, minutes: Int)
    /// More pins than occurrences.
    case tooManyPins(session: String, pins: Int, occurrences: Int)
    /// A pinned date that is not a teaching weekday.
    case pinOnNonTeachingDay(date: LocalDate, weekday: Weekday)
    /// A `pairs` rule between series of different lengths.
    case unequalPairs(first: String, firstCount: Int, then: String, thenCount: Int)
    /// A weekly load whose minimum is above the most half-days the calendar and the cohort's rhythm give any week.
    case weeklyLoadAboveRhythm(minimum: Int, most: Int)
    /// A pinned date that a closure (break, public holiday) closes at every venue the session may use.
    case pinOnClosedDate(date: LocalDate, reason: String, closureLine: Int)
    /// A pinned start whose occurrence does not fit in an opening window of its date.
    case pinOutsideWindows(date: LocalDate, time: TimeOfDay, windows: [String])
    /// A daily ritual whose time leaves no room for the session in any opening window.
    case ritualOutsideWindows(session: String, time: TimeOfDay)
    /// A spread over more dates than the session has occurrences.
    case spreadBeyondOccurrences(session: String, minDays: Int, occurrences: Int)
    /// Two stays of one cohort that share dates.
    case overlappingStays(first: String, second: String)
    /// Precedences and sequences that require a session to come after itself.
    case precedenceCycle([String])
    /// An iCalendar file named by the curriculum that cannot be opened (missing, a folder…).
    case unreadableCalendar(path: String, reason: String)
    /// A holiday region the public-holiday rules of `country` do not know (`known` are those they do).
    case unknownRegion(String, country: String, known: [String], suggestion: String?)
    /// A load limit that names several subjects (`trainer`, `cohort`, `room`, `every`).
    case conflictingSubjects([String], context: String)
}

/// Kinds of declared elements that others refer to by id.
public enum EntityKind: String, Hashable, Sendable, CaseIterable {
    case venue, room, trainer, cohort, module, session, block
}

/// What a value should have been, for `CurriculumProblem.invalidValue`.
public enum ExpectedValue: Hashable, Sendable {
    case string, integer, mapping, list, flag, date, time, weekday, country, timezone, duration, grain, weeklyLoad, resourceKind, dailyLoad, boolean, identifier, language, emailAddress
}
