/// The keys a curriculum file may use, per kind of mapping (see docs/curriculum-format.md).
public enum CurriculumSchema {
    static let programme = [
        "id", "title", "subtitle", "short_title", "organisers", "contact", "language", "calendar", "venues", "rooms", "trainers", "cohorts",
        "modules", "sessions", "blocks", "rules", "preferences",
    ]
    static let calendar = ["start", "end", "weekdays", "grain", "windows", "overrides", "closures"]
    static let window = ["name", "start", "end"]
    static let override = ["date", "venue", "windows"]
    /// Closure kinds (one per closure) and the other keys a closure may have.
    static let closureKinds = ["holidays", "break", "calendar"]
    static let closure = closureKinds + ["region", "from", "to", "venue"]
    static let timeSpec = ["dates", "date", "from", "to", "weekdays", "weekday", "windows", "window", "start", "end"]
    static let venue = ["id", "name", "address", "country", "timezone", "windows", "weekdays", "travel"]
    static let travel = ["venue", "minutes"]
    static let room = ["id", "name", "venue", "capacity"]
    static let trainer = ["id", "name", "organisation", "available", "unavailable", "busy_calendar", "sort_as"]
    static let cohort = ["id", "name", "size", "stays", "travel_days", "rhythm", "weekly_load"]
    static let stay = ["venue", "from", "to"]
    static let travelDay = ["date", "from", "to"]
    static let weeklyLoad = ["minimum", "maximum"]
    static let module = ["id", "title", "kind", "description"]
    static let session = [
        "id", "title", "description", "language", "module", "category", "duration", "occurrences", "trainers",
        "trainer_pool", "rooms", "cohorts", "allowed", "unavailable", "pins",
    ]
    static let pin = ["date", "time"]
    static let block = ["id", "title", "description", "cohorts", "venue", "from", "to"]
    static let ruleKinds = [
        "precedence", "sequence", "same_day", "immediately_after", "first_of_day", "last_of_day", "first_of_programme",
        "last_of_programme", "daily_ritual", "module_within_weeks", "different_days", "room_capacity", "load_limit", "pairs",
    ]
    static let rule = ruleKinds + ["min_gap_days"]
    static let precedence = ["before", "after", "min_gap_days", "min_gap_minutes"]
    static let immediatelyAfter = ["first", "then"]
    static let pairs = ["first", "then", "same_day", "min_gap_days", "max_gap_days"]
    static let dailyRitual = ["session", "time", "skip_first_days"]
    static let moduleWithinWeeks = ["module", "weeks"]
    static let preferenceKinds = [
        "preferred_times", "avoid_times", "spread", "compactness", "room_stability", "room_capacity", "even_weekly_load",
        "stability", "early", "load_limit",
    ]
    static let preference = preferenceKinds + ["weight"]
    static let timesPreference = ["trainer", "session", "times"]
    static let spread = ["session", "min_days"]
    static let cohortOption = ["cohort"]
    static let sessionOption = ["session"]
    static let stability = ["previous"]
    /// A load limit's subject keys (exactly one) and its measures (at least one).
    static let loadLimitSubjects = ["trainer", "cohort", "room", "every"]
    static let loadLimitMeasures = ["max_per_day", "max_consecutive_half_days", "max_days_per_week", "max_days"]
    static let loadLimit = loadLimitSubjects + loadLimitMeasures

    /// Every key the loader accepts anywhere, sorted.
    public static var keys: [String] {
        let all = [
            programme, calendar, window, override, closure, timeSpec, venue, travel, room, trainer, cohort, stay, travelDay,
            weeklyLoad, module, session, pin, block, rule, precedence, immediatelyAfter, pairs, dailyRitual, moduleWithinWeeks,
            preference, timesPreference, spread, cohortOption, sessionOption, stability, loadLimit,
        ].flatMap { $0 }
        return Array(Set(all)).sorted()
    }
}
