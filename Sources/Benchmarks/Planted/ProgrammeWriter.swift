public import Curriculum
import Foundation

/// Writes a ``Programme`` as a curriculum file (docs/curriculum-format.md), for the parts of the
/// format that planted programmes use: calendar with holidays, venues with hours and travel, rooms,
/// trainers with availability, cohorts with stays, travel days, rhythm and weekly load, modules,
/// sessions, rules and preferences. Loading the text gives the programme back (with locations).
public enum ProgrammeWriter {
    public static func yaml(_ p: Programme) -> String {
        var out = "# Planted programme: every rule below holds in the witness timetable it was written from.\n"
        out += "id: \(p.id)\ntitle: \(quoted(p.title))\nlanguage: \(p.language)\n\ncalendar:\n"
        let c = p.calendar
        out += "  start: \(c.start)\n  end: \(c.end)\n"
        out += "  weekdays: [\(c.weekdays.map(\.rawValue).joined(separator: ", "))]\n"
        out += "  grain: \(grain(c.grain))\n  windows:\n" + c.windows.map { "    - \(window($0))\n" }.joined()
        if !c.closures.isEmpty {
            out += "  closures:\n"
            for closure in c.closures {
                guard case .publicHolidays(let country, _) = closure.kind else { continue }
                out += "    - {holidays: \(country.rawValue)\(closure.venue.map { ", venue: \($0)" } ?? "")}\n"
            }
        }
        out += "\nvenues:\n"
        for v in p.venues {
            out += "  - id: \(v.id)\n    name: \(quoted(v.name))\n    country: \(v.country.rawValue)\n    timezone: \(v.timezone)\n"
            if let days = v.weekdays { out += "    weekdays: [\(days.map(\.rawValue).joined(separator: ", "))]\n" }
            if let windows = v.windows { out += "    windows:\n" + windows.map { "      - \(window($0))\n" }.joined() }
            if !v.travel.isEmpty { out += "    travel: [\(v.travel.map { "{venue: \($0.venue), minutes: \($0.minutes)}" }.joined(separator: ", "))]\n" }
        }
        out += "\nrooms:\n" + p.rooms.map { "  - {id: \($0.id), name: \(quoted($0.name)), venue: \($0.venue), capacity: \($0.capacity)}\n" }.joined()
        if !p.trainers.isEmpty {
            out += "\ntrainers:\n"
            for t in p.trainers {
                out += "  - id: \(t.id)\n    name: \(quoted(t.name))\n"
                if !t.available.isEmpty { out += "    available: [\(t.available.map(spec).joined(separator: ", "))]\n" }
                if !t.unavailable.isEmpty { out += "    unavailable: [\(t.unavailable.map(spec).joined(separator: ", "))]\n" }
            }
        }
        out += "\ncohorts:\n"
        for k in p.cohorts {
            out += "  - id: \(k.id)\n    name: \(quoted(k.name))\n    size: \(k.size)\n"
            if !k.stays.isEmpty { out += "    stays: [\(k.stays.map { "{venue: \($0.venue), from: \($0.from), to: \($0.to)}" }.joined(separator: ", "))]\n" }
            if !k.travelDays.isEmpty { out += "    travel_days: [\(k.travelDays.map { "{date: \($0.date), from: \($0.from), to: \($0.to)}" }.joined(separator: ", "))]\n" }
            if !k.rhythm.isEmpty { out += "    rhythm: [\(k.rhythm.map(spec).joined(separator: ", "))]\n" }
            if let load = k.weeklyLoad {
                let parts = [load.minimum.map { "minimum: \($0)" }, load.maximum.map { "maximum: \($0)" }].compactMap { $0 }
                out += "    weekly_load: {\(parts.joined(separator: ", "))}\n"
            }
        }
        if !p.modules.isEmpty { out += "\nmodules:\n" + p.modules.map { "  - {id: \($0.id), title: \(quoted($0.title))}\n" }.joined() }
        out += "\nsessions:\n"
        for s in p.sessions {
            var fields = ["id: \(s.id)", "title: \(quoted(s.title))"]
            if let module = s.module { fields.append("module: \(module)") }
            if let category = s.category { fields.append("category: \(category)") }
            fields.append("duration: \(duration(s.duration))")
            if s.occurrences != 1 { fields.append("occurrences: \(s.occurrences)") }
            if !s.trainers.isEmpty { fields.append("trainers: [\(s.trainers.joined(separator: ", "))]") }
            if !s.trainerPool.isEmpty { fields.append("trainer_pool: [\(s.trainerPool.joined(separator: ", "))]") }
            if !s.rooms.isEmpty { fields.append("rooms: [\(s.rooms.joined(separator: ", "))]") }
            fields.append("cohorts: [\(s.cohorts.joined(separator: ", "))]")
            out += "  - {\(fields.joined(separator: ", "))}\n"
        }
        if !p.rules.isEmpty { out += "\nrules:\n" + p.rules.map { "  - \(rule($0.kind))\n" }.joined() }
        if !p.preferences.isEmpty {
            out += "\npreferences:\n" + p.preferences.compactMap { pref in preference(pref.kind).map { "  - {\($0), weight: \(pref.weight)}\n" } }.joined()
        }
        return out
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func grain(_ g: Grain) -> String {
        switch g {
        case .minutes(let m): "\(m)min"
        case .window: "window"
        }
    }

    static func window(_ w: TimeWindow) -> String { "{name: \(w.name), start: \"\(w.start)\", end: \"\(w.end)\"}" }

    static func duration(_ d: SessionDuration) -> String {
        switch d {
        case .minutes(let m): "\(m)min"
        case .windows(let n): n == 1 ? "1 half-day" : "\(n) half-days"
        case .days(let n): n == 1 ? "1 day" : "\(n) days"
        }
    }

    static func spec(_ t: TimeSpec) -> String {
        var fields: [String] = []
        if !t.dates.isEmpty { fields.append("dates: [\(t.dates.map(\.description).joined(separator: ", "))]") }
        if let from = t.from { fields.append("from: \(from)") }
        if let to = t.to { fields.append("to: \(to)") }
        if !t.weekdays.isEmpty { fields.append("weekdays: [\(t.weekdays.map(\.rawValue).joined(separator: ", "))]") }
        if !t.windows.isEmpty { fields.append("windows: [\(t.windows.joined(separator: ", "))]") }
        if let start = t.start { fields.append("start: \"\(start)\"") }
        if let end = t.end { fields.append("end: \"\(end)\"") }
        return "{\(fields.joined(separator: ", "))}"
    }

    static func rule(_ kind: Rule.Kind) -> String {
        switch kind {
        case .precedence(let before, let after, let minutes, let days):
            let gaps = (days.map { ", min_gap_days: \($0)" } ?? "") + (minutes.map { ", min_gap_minutes: \($0)" } ?? "")
            return "{precedence: {before: \(before), after: \(after)\(gaps)}}"
        case .sequence(let sessions, let days):
            return "{sequence: [\(sessions.joined(separator: ", "))]\(days.map { ", min_gap_days: \($0)" } ?? "")}"
        case .sameDay(let sessions): return "{same_day: [\(sessions.joined(separator: ", "))]}"
        case .differentDays(let sessions): return "{different_days: [\(sessions.joined(separator: ", "))]}"
        case .immediatelyAfter(let first, let then): return "{immediately_after: {first: \(first), then: \(then)}}"
        case .pairs(let first, let then, let sameDay, let days, let most):
            let gaps = (days.map { ", min_gap_days: \($0)" } ?? "") + (most.map { ", max_gap_days: \($0)" } ?? "")
            return "{pairs: {first: \(first), then: \(then), same_day: \(sameDay)\(gaps)}}"
        case .firstOfDay(let s): return "{first_of_day: \(s)}"
        case .lastOfDay(let s): return "{last_of_day: \(s)}"
        case .firstOfProgramme(let s): return "{first_of_programme: \(s)}"
        case .lastOfProgramme(let s): return "{last_of_programme: \(s)}"
        case .dailyRitual(let s, let time, let skip): return "{daily_ritual: {session: \(s), time: \"\(time)\", skip_first_days: \(skip)}}"
        case .moduleWithinWeeks(let module, let weeks): return "{module_within_weeks: {module: \(module), weeks: \(weeks)}}"
        case .roomCapacity: return "{room_capacity: true}"
        case .loadLimit(let limit): return "{load_limit: \(loadLimit(limit))}"
        }
    }

    static func loadLimit(_ limit: LoadLimit) -> String {
        var fields: [String] = switch limit.subject {
        case .trainer(let id): ["trainer: \(id)"]
        case .cohort(let id): ["cohort: \(id)"]
        case .room(let id): ["room: \(id)"]
        case .every(let kind): ["every: \(kind.rawValue)"]
        }
        switch limit.maxPerDay {
        case .minutes(let m)?: fields.append("max_per_day: \(m)min")
        case .windows(let n)?: fields.append("max_per_day: \(n) half-days")
        case .days?, nil: break
        }
        if let n = limit.maxConsecutiveHalfDays { fields.append("max_consecutive_half_days: \(n)") }
        if let n = limit.maxDaysPerWeek { fields.append("max_days_per_week: \(n)") }
        if let n = limit.maxDays { fields.append("max_days: \(n)") }
        return "{\(fields.joined(separator: ", "))}"
    }

    static func preference(_ kind: Preference.Kind) -> String? {
        switch kind {
        case .compactness(let cohort): "compactness: \(cohort.map { "{cohort: \($0)}" } ?? "true")"
        case .evenWeeklyLoad(let cohort): "even_weekly_load: \(cohort.map { "{cohort: \($0)}" } ?? "true")"
        case .roomStability: "room_stability: true"
        case .roomCapacity: "room_capacity: true"
        case .early(let session): "early: \(session.map { "{session: \($0)}" } ?? "true")"
        case .spread(let session, let days): "spread: {session: \(session), min_days: \(days)}"
        case .loadLimit(let limit): "load_limit: \(loadLimit(limit))"
        case .preferredTimes, .avoidTimes, .stability: nil
        }
    }
}
