import Curriculum
import Testing
@testable import Timetabling

@Suite struct SessionTimesTests {
    func programme(allowed: [TimeSpec] = [], unavailable: [TimeSpec] = []) -> Programme {
        Fixtures.programme(sessions: [
            Session(id: "a", title: "A", duration: .minutes(60), cohorts: ["c1"], allowed: allowed, unavailable: unavailable,
                    location: UnaryHarness.at(1)),
        ])
    }

    let tuesday = [TimeSpec(weekdays: [.tuesday], location: UnaryHarness.at(2))]
    let tenToEleven = [TimeSpec(start: TimeOfDay(hour: 10), end: TimeOfDay(hour: 11))]

    @Test func allowedTimesAreTheOnlyStarts() throws {
        let p = try ProblemCompiler.compile(programme(allowed: tuesday))
        let starts = UnaryHarness.starts(p, 0)
        #expect(starts.count == 12)
        #expect(starts.allSatisfy { $0.day == 1 })
    }

    @Test func startsMeetingUnavailableTimesAreRemoved() throws {
        let p = try ProblemCompiler.compile(programme(unavailable: tenToEleven))
        // A one-hour session meets 10:00–11:00 when it starts at 9:30, 10:00 or 10:30: 9 starts a day are left.
        #expect(p.candidateCount(of: 0) == 5 * 9)
        #expect(!UnaryHarness.starts(p, 0).contains { [570, 600, 630].contains($0.time.minutes) })
    }

    @Test func noStartLeftFailsWithTheRuleAndItsLocation() {
        let failure = UnaryHarness.failure(programme(allowed: [TimeSpec(weekdays: [.saturday], location: UnaryHarness.at(2))]))
        #expect(failure?.unplaceable.first?.reasons.first
            == .init(message: "the session's allowed and unavailable times exclude some starts", location: UnaryHarness.at(2)))
        // Without allowed times, the session's own line is named.
        let unavailable = UnaryHarness.failure(programme(unavailable: [TimeSpec()]))
        #expect(unavailable?.unplaceable.first?.reasons.first?.location == UnaryHarness.at(1))
    }

    @Test func checkerReportsAStartOutsideTheAllowedTimes() throws {
        let free = try ProblemCompiler.compile(programme())
        let monday = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 9), checkedAgainst: programme(allowed: tuesday))
        #expect(UnaryHarness.cost(of: "session-times", in: monday) == 1)
        #expect(monday.cost.penalties.first { $0.rule == "session-times" }?.source == UnaryHarness.at(2))
        let tuesdayStart = UnaryHarness.placed(free, at: Fixtures.period(free, day: 1, 9), checkedAgainst: programme(allowed: tuesday))
        #expect(UnaryHarness.cost(of: "session-times", in: tuesdayStart) == 0)
        let meeting = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 10, 30), checkedAgainst: programme(unavailable: tenToEleven))
        #expect(UnaryHarness.cost(of: "session-times", in: meeting) == 1)
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(allowed: tuesday, unavailable: tenToEleven)
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "session-times")
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        // The same walk without the rule's filtering breaks it: the walk does exercise it.
        let control = UnaryHarness.walk(try ProblemCompiler.compile(programme()), checkedAgainst: ruled, rule: "session-times")
        #expect(control.ruleSteps > 0)
    }
}
