public import Curriculum
import Timetabling

/// Seeded synthetic programmes for benchmarks and tests: N occurrences over enough weeks that
/// each cohort is busy about half of its open time, with trainers, rooms, cohorts, precedences,
/// trainer unavailability and the usual preferences.
public struct ProgrammeGenerator: Sendable {
    public var occurrences: Int
    public var trainers: Int
    public var rooms: Int
    public var cohorts: Int
    public var precedences: Int
    public var seed: UInt64

    public init(occurrences: Int = 200, trainers: Int = 12, rooms: Int = 6, cohorts: Int = 8, precedences: Int = 20, seed: UInt64 = 1) {
        self.occurrences = occurrences
        self.trainers = trainers
        self.rooms = rooms
        self.cohorts = cohorts
        self.precedences = precedences
        self.seed = seed
    }

    public func generate() -> Programme {
        var rng = SeededGenerator(seed: seed)
        let cohortCount = max(1, cohorts)
        // About 1.5 hours per occurrence; 35 open hours a week; aim at half of it per cohort.
        let hoursPerCohort = Double(occurrences) * 1.5 * 1.3 / Double(cohortCount)
        let weeks = max(1, Int((hoursPerCohort / 17.5).rounded(.up)))
        let start = LocalDate(year: 2025, month: 1, day: 6)
        let calendar = ProgrammeCalendar(
            start: start, end: start.adding(days: weeks * 7 - 3), grain: .minutes(30),
            windows: [
                TimeWindow(name: "morning", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 12, minute: 30)),
                TimeWindow(name: "afternoon", start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 17, minute: 30)),
            ])
        let venue = Venue(id: "campus", name: "Campus", country: .france, timezone: "Europe/Paris")
        let cohortList = (0..<cohortCount).map { Cohort(id: "c\($0)", name: "Cohort \($0)", size: 10 + rng.below(21)) }
        let roomList = (0..<max(1, rooms)).map { Room(id: "r\($0)", name: "Room \($0)", venue: venue.id, capacity: 15 + rng.below(26)) }
        let trainerList = (0..<max(1, trainers)).map { i in
            Trainer(id: "t\(i)", name: "Trainer \(i)",
                    unavailable: i % 3 == 0 ? [TimeSpec(weekdays: [Weekday.allCases[rng.below(5)]])] : [])
        }
        var sessions: [Session] = []
        var placed = 0
        while placed < occurrences {
            let n = min(occurrences - placed, 1 + rng.below(3))
            let minutes = [60, 90, 120][rng.below(3)]
            var attending = ["c\(rng.below(cohortCount))"]
            if rng.below(6) == 0, cohortCount > 1 {
                let other = "c\(rng.below(cohortCount))"
                if other != attending[0] { attending.append(other) }
            }
            let i = sessions.count
            sessions.append(Session(
                id: "s\(i)", title: "Session \(i)", duration: .minutes(minutes), occurrences: n,
                trainers: ["t\(rng.below(trainerList.count))"], cohorts: attending))
            placed += n
        }
        var rules: [Rule] = []
        for _ in 0..<precedences where sessions.count > 1 {
            let a = rng.below(sessions.count - 1)
            let b = a + 1 + rng.below(min(5, sessions.count - 1 - a))
            rules.append(Rule(.precedence(before: sessions[a].id, after: sessions[b].id, minGapMinutes: nil, minGapDays: nil)))
        }
        var preferences = [
            Preference(.compactness(cohort: nil), weight: 2), Preference(.roomStability, weight: 1),
            Preference(.roomCapacity, weight: 1),
        ]
        for session in sessions where session.occurrences > 1 {
            preferences.append(Preference(.spread(session: session.id, minDays: session.occurrences), weight: 5))
        }
        return Programme(
            id: "generated-\(seed)", title: "Generated programme \(seed)", calendar: calendar, venues: [venue], rooms: roomList,
            trainers: trainerList, cohorts: cohortList, sessions: sessions, rules: rules, preferences: preferences)
    }
}
