import Curriculum
import Foundation

/// Small schedules to diff: a programme of two trainers, two cohorts and two rooms.
enum ReleaseFixtures {
    static let programme = Programme(
        id: "demo", title: "Démo", language: "fr",
        calendar: ProgrammeCalendar(
            start: LocalDate(year: 2023, month: 1, day: 16), end: LocalDate(year: 2023, month: 1, day: 20),
            windows: [TimeWindow(name: "day", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))]),
        venues: [Venue(id: "paris", name: "Paris", country: .france, timezone: "Europe/Paris")],
        rooms: [Room(id: "a", name: "Salle A", venue: "paris", capacity: 20), Room(id: "b", name: "Salle B", venue: "paris", capacity: 20)],
        trainers: [Trainer(id: "ada", name: "Ada Lovelace"), Trainer(id: "alan", name: "Alan Turing")],
        cohorts: [Cohort(id: "one", name: "Groupe 1", size: 10), Cohort(id: "two", name: "Groupe 2", size: 10)],
        sessions: [])

    static func entry(
        _ session: String, day: Int, hour: Int, room: String? = "a", trainers: [String] = ["ada"], cohorts: [String] = ["one"]
    ) -> ScheduledOccurrence {
        let date = LocalDate(year: 2023, month: 1, day: day)
        let pad = { (v: Int) in v < 10 ? "0\(v)" : "\(v)" }
        return ScheduledOccurrence(
            key: "\(session)/1", session: session, occurrence: 1, title: session.capitalized, module: nil, date: date,
            startTime: TimeOfDay(hour: hour), endTime: TimeOfDay(hour: hour + 1),
            start: "\(date)T\(pad(hour)):00:00+01:00", end: "\(date)T\(pad(hour + 1)):00:00+01:00", timezone: "Europe/Paris",
            venue: "paris", room: room, trainers: trainers, cohorts: cohorts, sequence: 0, lastModified: "2023-01-01T00:00:00Z")
    }

    static func schedule(_ entries: [ScheduledOccurrence], published: String = "2023-01-07T10:00:00Z") -> Schedule {
        Schedule(
            programme: "demo", title: "Démo", language: "fr", published: published, seed: 1,
            cost: ScheduleCost(hard: 0, soft: 0, penalties: []), entries: entries,
            names: ScheduleNames.names(of: entries, programme: programme))
    }
}
