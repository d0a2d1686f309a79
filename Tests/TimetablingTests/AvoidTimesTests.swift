import Curriculum
import Testing
@testable import Timetabling

/// Trainer One avoids 10:00–11:00 (weight 4); session a avoids Fridays (weight 1).
@Suite struct AvoidTimesTests {
    let programme = Fixtures.programme(
        sessions: [
            Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, trainers: ["t1"], cohorts: ["c1"]),
            Session(id: "b", title: "B", duration: .minutes(60), trainerPool: ["t1", "t2"]),
        ],
        preferences: [
            Preference(.avoidTimes(trainer: "t1", session: nil, times: [TimeSpec(start: TimeOfDay(hour: 10), end: TimeOfDay(hour: 11))]),
                       weight: 4, location: UnaryHarness.at(32)),
            Preference(.avoidTimes(trainer: nil, session: "a", times: [TimeSpec(weekdays: [.friday])]), weight: 1),
        ])

    @Test func clearOfTheAvoidedTimesCostsNothing() throws {
        let p = try ProblemCompiler.compile(programme)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 0, 9)) == 0)    // ends at 10:00
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 0, 11)) == 0)   // starts at 11:00
        let b = Fixtures.events(p, "b")[0]
        #expect(UnaryHarness.startCost(p, b, at: Fixtures.period(p, day: 0, 10), choice: 1) == 0)   // Trainer Two
    }

    @Test func meetingTheAvoidedTimesCostsEachWeightOnce() throws {
        let p = try ProblemCompiler.compile(programme)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 0, 9, 30)) == 4)       // 9:30–10:30 meets it
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 4, 14)) == 1)          // Friday
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 4, 10)) == 4 + 1)
        let b = Fixtures.events(p, "b")[0]
        #expect(UnaryHarness.startCost(p, b, at: Fixtures.period(p, day: 4, 10), choice: 0) == 4)   // not session a
    }

    @Test func checkerAgreesOnTheCost() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 4, 10))
        state.put(1, at: Fixtures.period(p, day: 3, 10, 30))
        let schedule = UnaryHarness.schedule(state, checkedAgainst: programme)
        #expect(state.soft == 5 + 4)
        #expect(UnaryHarness.cost(of: "avoid-times", in: schedule) == 5 + 4)
        #expect(schedule.cost.soft == state.soft)
    }

    @Test func incrementalEqualsFromScratchAndTheChecker() throws {
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(programme), checkedAgainst: programme, rule: "avoid-times")
        #expect(walk.mismatches == 0)
        #expect(walk.softDisagreements == 0)
        #expect(walk.ruleDisagreements == 0)
        #expect(walk.ruleSteps > 0)
    }
}
