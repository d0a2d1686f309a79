import Curriculum
import Testing
import Timetabling

@Suite struct ScheduleCheckerTests {
    let programme = Fixtures.programme(
        sessions: [
            Session(id: "a", title: "Alpha", duration: .minutes(60), trainers: ["t1"], cohorts: ["c1"]),
            Session(id: "b", title: "Beta", duration: .minutes(60), trainers: ["t1"], cohorts: ["c1"]),
        ],
        rules: [Rule(.precedence(before: "b", after: "a", minGapMinutes: nil, minGapDays: nil), location: SourceLocation(file: "p.yaml", line: 3, column: 1))],
        preferences: [Preference(.compactness(cohort: nil), weight: 2)])

    func entry(_ session: String, day: Int, hour: Int) -> ScheduledOccurrence {
        let date = Fixtures.monday.adding(days: day)
        return ScheduledOccurrence(
            key: "\(session)/1", session: session, occurrence: 1, title: session, module: nil, date: date,
            startTime: TimeOfDay(hour: hour), endTime: TimeOfDay(hour: hour + 1),
            start: "\(date)T\(TimeOfDay(hour: hour)):00+01:00", end: "\(date)T\(TimeOfDay(hour: hour + 1)):00+01:00",
            timezone: "Europe/Paris", venue: "paris", room: "a", trainers: ["t1"], cohorts: ["c1"])
    }

    func schedule(_ entries: [ScheduledOccurrence]) -> Schedule {
        Schedule(programme: "test", title: "Test", language: "en", published: "2024-01-01T00:00:00Z", seed: 1,
                 cost: ScheduleCost(hard: 0, soft: 0, penalties: []), entries: entries)
    }

    @Test func validScheduleCostsNothing() {
        let cost = ScheduleChecker.check(schedule([entry("b", day: 0, hour: 9), entry("a", day: 0, hour: 10)]), programme: programme)
        #expect(cost.hard == 0)
        #expect(cost.soft == 0)
        #expect(cost.penalties.isEmpty)
    }

    @Test func clashesPrecedenceAndIsolationAreCountedAndExplained() {
        let cost = ScheduleChecker.check(schedule([entry("a", day: 0, hour: 9), entry("b", day: 0, hour: 9)]), programme: programme)
        // trainer, room and cohort clash for two 30-minute periods each, and b does not end before a.
        #expect(cost.hard == 3 * 2 + 1)
        #expect(cost.soft == 2 * 2)
        let precedence = cost.penalties.first { $0.rule == "precedence" }
        #expect(precedence?.message == "b (b/1) on 2024-01-08 at 09:00 should end before a (a/1) on 2024-01-08 at 09:00 (+1)")
        #expect(precedence?.source == SourceLocation(file: "p.yaml", line: 3, column: 1))
        #expect(Set(cost.penalties.filter(\.hard).map(\.rule)) == ["trainer-clash", "room-clash", "cohort-clash", "precedence"])
    }

    @Test func outsideOpeningHoursAndMissingOccurrences() {
        let cost = ScheduleChecker.check(schedule([entry("a", day: 0, hour: 12)]), programme: programme)
        #expect(cost.penalties.map(\.rule).contains("opening-hours"))
        #expect(cost.penalties.first { $0.rule == "occurrences" }?.entities == ["b"])
    }
}
