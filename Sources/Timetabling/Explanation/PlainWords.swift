import Curriculum

/// Writes the pieces of a programme in plain English words: names, dates, time specs.
struct PlainWords {
    let programme: Programme

    private static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `Monday 16 January 2023`.
    static func date(_ date: LocalDate) -> String {
        "\(weekday(date.weekday)) \(date.day) \(months[date.month - 1]) \(date.year)"
    }

    /// `Monday`.
    static func weekday(_ day: Weekday) -> String { day.rawValue.prefix(1).uppercased() + day.rawValue.dropFirst() }

    /// `from 1 to 15 March 2024`, `from 30 November to 3 December 2023`.
    static func range(_ from: LocalDate, _ to: LocalDate) -> String {
        if from == to { return "on \(date(from))" }
        let end = "\(to.day) \(months[to.month - 1]) \(to.year)"
        if from.year != to.year { return "from \(from.day) \(months[from.month - 1]) \(from.year) to \(end)" }
        if from.month != to.month { return "from \(from.day) \(months[from.month - 1]) to \(end)" }
        return "from \(from.day) to \(end)"
    }

    /// A time spec: `on Monday 16 January 2023 afternoon`, `on Wednesdays`, `from 09:00`; dates in
    /// date order.
    static func times(_ spec: TimeSpec) -> String {
        var parts: [String] = []
        var days = Set(spec.dates).sorted().map { "on " + date($0) }
        switch (spec.from, spec.to) {
        case let (from?, to?): days.append(range(from, to))
        case let (from?, nil): days.append("from \(date(from))")
        case let (nil, to?): days.append("until \(date(to))")
        case (nil, nil): break
        }
        if !days.isEmpty { parts.append(list(days, "or")) }
        if !spec.weekdays.isEmpty { parts.append("on " + list(spec.weekdays.map { weekday($0) + "s" }, "or")) }
        if !spec.windows.isEmpty { parts.append("in the " + list(spec.windows, "or")) }
        switch (spec.start, spec.end) {
        case let (start?, end?): parts.append("between \(start) and \(end)")
        case let (start?, nil): parts.append("from \(start)")
        case let (nil, end?): parts.append("until \(end)")
        case (nil, nil): break
        }
        return parts.isEmpty ? "at any time" : parts.joined(separator: " ")
    }

    /// Several specs joined by `or`, in date order (specs without dates first, as written), each
    /// phrase once.
    static func times(_ specs: [TimeSpec]) -> String {
        let ordered = specs.enumerated().sorted { a, b in
            let (x, y) = (a.element.dates.min() ?? a.element.from, b.element.dates.min() ?? b.element.from)
            switch (x, y) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a.offset < b.offset
            }
        }
        return list(ordered.map { times($0.element) }, "or")
    }

    /// `a`, `a and b`, `a, b and c`; an item repeated is said once.
    static func list(_ items: [String], _ conjunction: String) -> String {
        var seen: Set<String> = []
        let items = items.filter { seen.insert($0).inserted }
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }

    /// `'Title'`, or `'Title' (id)` when another session has the same title (group A / group B).
    func session(_ id: String) -> String {
        guard let session = programme.sessions.first(where: { $0.id == id }) else { return "'\(id)'" }
        let repeated = programme.sessions.contains { $0.id != id && $0.title == session.title }
        return repeated ? "'\(session.title)' (\(session.id))" : "'\(session.title)'"
    }

    func sessions(_ ids: [String]) -> String { PlainWords.list(ids.map(session), "and") }

    func trainer(_ id: String) -> String { programme.trainers.first { $0.id == id }?.name ?? id }

    func cohort(_ id: String) -> String { programme.cohorts.first { $0.id == id }?.name ?? id }

    func venue(_ id: String) -> String { programme.venues.first { $0.id == id }?.name ?? id }

    func room(_ id: String) -> String { programme.rooms.first { $0.id == id }?.name ?? id }

    func module(_ id: String) -> String { programme.modules.first { $0.id == id }.map { "'\($0.title)'" } ?? "'\(id)'" }

    /// A hard rule in plain words.
    func rule(_ rule: Rule) -> String {
        switch rule.kind {
        case .precedence(let before, let after, let minutes, let days):
            var gap = ""
            if let days, days > 0 { gap += ", at least \(days) day\(days == 1 ? "" : "s") earlier" }
            if let minutes, minutes > 0 { gap += ", at least \(minutes) minutes earlier" }
            return "\(session(before)) must end before \(session(after)) starts\(gap)"
        case .sequence(let ids, let days):
            let gap = days.map { $0 > 0 ? ", at least \($0) day\($0 == 1 ? "" : "s") apart" : "" } ?? ""
            return "\(PlainWords.list(ids.map(session), "then")) must take place in this order\(gap)"
        case .sameDay(let ids):
            return "\(sessions(ids)) must take place on the same day"
        case .immediatelyAfter(let first, let then):
            return "\(session(then)) must start as soon as \(session(first)) ends"
        case .pairs(let first, let then, let sameDay, let days, let most):
            var how = sameDay ? ", on the same day" : ""
            if let days, days > 0 { how += ", at least \(days) day\(days == 1 ? "" : "s") later" }
            if let most { how += ", at most \(most) day\(most == 1 ? "" : "s") later" }
            return "each occurrence of \(session(then)) must follow the same occurrence of \(session(first))\(how)"
        case .firstOfDay(let id):
            return "\(session(id)) must start when the day opens"
        case .lastOfDay(let id):
            return "\(session(id)) must end when the day closes"
        case .firstOfProgramme(let id):
            return "\(session(id)) must be the first session of the programme"
        case .lastOfProgramme(let id):
            return "\(session(id)) must be the last session of the programme"
        case .dailyRitual(let id, let time, let skip):
            let except = skip > 0 ? " but the first \(skip == 1 ? "one" : "\(skip)")" : ""
            return "\(session(id)) takes place at \(time) every teaching day\(except)"
        case .moduleWithinWeeks(let id, let weeks):
            return "the module \(module(id)) must run within \(weeks) consecutive week\(weeks == 1 ? "" : "s")"
        case .differentDays(let ids):
            return "the occurrences of \(sessions(ids)) must fall on different days"
        case .roomCapacity:
            return "a room never holds more participants than its seats"
        case .loadLimit(let limit):
            return loadLimit(limit)
        }
    }

    /// A load limit in plain words: `Anne Dupont teaches at most 6 h a day and at most 2 half-days in a row`.
    func loadLimit(_ limit: LoadLimit) -> String {
        let who = switch limit.subject {
        case .trainer(let id): trainer(id)
        case .cohort(let id): cohort(id)
        case .room(let id): "the room \(room(id))"
        case .every(let kind): "every \(kind.rawValue)"
        }
        var bounds: [String] = []
        switch limit.maxPerDay {
        case .minutes(let m)?: bounds.append("at most \(m % 60 == 0 ? "\(m / 60) h" : "\(m) minutes") a day")
        case .windows(let n)?: bounds.append("at most \(n) half-day\(n == 1 ? "" : "s") a day")
        case .days?, nil: break
        }
        if let n = limit.maxConsecutiveHalfDays { bounds.append("at most \(n) half-day\(n == 1 ? "" : "s") in a row") }
        if let n = limit.maxDaysPerWeek { bounds.append("on at most \(n) day\(n == 1 ? "" : "s") a week") }
        if let n = limit.maxDays { bounds.append("on at most \(n) day\(n == 1 ? "" : "s") in the programme") }
        let verb = switch limit.subject {
        case .trainer, .every(.trainer): "teaches"
        case .cohort, .every(.cohort): "is taught"
        case .room, .every(.room): "is used"
        }
        return "\(who) \(verb) \(PlainWords.list(bounds, "and"))"
    }

    /// A weekly load in plain words: `exactly 5 half-days a week`.
    static func load(_ load: Curriculum.WeeklyLoad) -> String {
        switch (load.minimum, load.maximum) {
        case let (low?, high?) where low == high: return "exactly \(low) half-day\(low == 1 ? "" : "s") a week"
        case let (low?, high?): return "between \(low) and \(high) half-days a week"
        case let (low?, nil): return "at least \(low) half-day\(low == 1 ? "" : "s") a week"
        case let (nil, high?): return "at most \(high) half-day\(high == 1 ? "" : "s") a week"
        case (nil, nil): return "any number of half-days a week"
        }
    }
}
