import Curriculum
import Foundation

/// Test-only reading of an ITC-2007 `.ctt` instance as a ``Programme``, shaped like the Benchmarks
/// module's mapping (which owns the real one): days are dates from Monday 2024-01-01, one window
/// a day cut into one-hour periods, a course is a session with its students as participants,
/// curricula are cohorts, weights 1, 5, 2, 1.
enum CTTFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/itc2007")

    static func url(_ name: String) -> URL { directory.appendingPathComponent("\(name).ctt") }

    static func programme(_ name: String) throws -> Programme {
        let text = try String(contentsOf: url(name), encoding: .utf8)
        var section = ""
        var days = 5, periodsPerDay = 6
        var courses: [(id: String, teacher: String, lectures: Int, minDays: Int, students: Int)] = []
        var rooms: [Room] = []
        var curricula: [(id: String, courses: [String])] = []
        var unavailable: [String: [TimeSpec]] = [:]
        let start = LocalDate(year: 2024, month: 1, day: 1)
        for line in text.split(whereSeparator: \.isNewline) {
            let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
            guard let first = words.first, first != "END." else { continue }
            if first.hasSuffix(":") {
                section = first
                if first == "Days:" { days = Int(words[1])! }
                if first == "Periods_per_day:" { periodsPerDay = Int(words[1])! }
                continue
            }
            switch section {
            case "COURSES:": courses.append((words[0], words[1], Int(words[2])!, Int(words[3])!, Int(words[4])!))
            case "ROOMS:": rooms.append(Room(id: words[0], name: words[0], venue: "udine", capacity: Int(words[1])!))
            case "CURRICULA:": curricula.append((words[0], Array(words[2...])))
            case "UNAVAILABILITY_CONSTRAINTS:":
                let hour = 8 + Int(words[2])!
                unavailable[words[0], default: []].append(TimeSpec(
                    dates: [start.adding(days: Int(words[1])!)], start: TimeOfDay(hour: hour), end: TimeOfDay(hour: hour + 1)))
            default: break
            }
        }
        let windows = [TimeWindow(name: "day", start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 8 + periodsPerDay))]
        let calendar = ProgrammeCalendar(
            start: start, end: start.adding(days: days - 1), weekdays: Weekday.allCases, grain: .minutes(60), windows: windows)
        let teachers = courses.map(\.teacher).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let cohorts = curricula.map { Cohort(id: $0.id, name: $0.id, size: 0) }
        let sessions = courses.map { c in
            Session(
                id: c.id, title: c.id, duration: .minutes(60), occurrences: c.lectures, trainers: [c.teacher],
                cohorts: curricula.filter { $0.courses.contains(c.id) }.map(\.id),
                unavailable: unavailable[c.id] ?? [], participants: c.students)
        }
        var preferences = [Preference(.roomCapacity, weight: 1), Preference(.roomStability, weight: 1)]
        preferences += courses.map { Preference(.spread(session: $0.id, minDays: $0.minDays), weight: 5) }
        preferences += curricula.map { Preference(.compactness(cohort: $0.id), weight: 2) }
        return Programme(
            id: name, title: name, calendar: calendar,
            venues: [Venue(id: "udine", name: "Udine", country: .italy, timezone: "Europe/Rome")], rooms: rooms,
            trainers: teachers.map { Trainer(id: $0, name: $0) }, cohorts: cohorts, sessions: sessions, preferences: preferences)
    }
}
