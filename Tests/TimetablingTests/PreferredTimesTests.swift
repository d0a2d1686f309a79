import Curriculum
import Testing
@testable import Timetabling

/// Trainer One prefers mornings (weight 3); session a prefers Tuesdays (weight 2). Session a is run
/// by Trainer One; session b by one trainer of the pool (Trainer One, Trainer Two).
@Suite struct PreferredTimesTests {
    let programme = Fixtures.programme(
        sessions: [
            Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, trainers: ["t1"], cohorts: ["c1"]),
            Session(id: "b", title: "B", duration: .minutes(90), trainerPool: ["t1", "t2"]),
        ],
        preferences: [
            Preference(.preferredTimes(trainer: "t1", session: nil, times: [TimeSpec(windows: ["morning"])]), weight: 3,
                       location: UnaryHarness.at(30)),
            Preference(.preferredTimes(trainer: nil, session: "a", times: [TimeSpec(weekdays: [.tuesday])]), weight: 2),
        ])

    @Test func insideThePreferredTimesCostsNothing() throws {
        let p = try ProblemCompiler.compile(programme)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 1, 9)) == 0)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 1, 11, 30)) == 0)   // ends 12:30
        let b = Fixtures.events(p, "b")[0]
        #expect(UnaryHarness.startCost(p, b, at: Fixtures.period(p, day: 0, 14), choice: 1) == 0)   // Trainer Two has no preference
    }

    @Test func outsideThePreferredTimesCostsEachWeightOnce() throws {
        let p = try ProblemCompiler.compile(programme)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 1, 14)) == 3)      // Tuesday afternoon
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 0, 9)) == 2)       // Monday morning
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 0, 14)) == 3 + 2)  // Monday afternoon
        let b = Fixtures.events(p, "b")[0]
        #expect(UnaryHarness.startCost(p, b, at: Fixtures.period(p, day: 0, 14), choice: 0) == 3)   // run by Trainer One
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 14))
        state.put(b, at: Fixtures.period(p, day: 2, 15), choice: 0)
        #expect(state.soft == 5 + 3)
    }

    @Test func checkerAgreesOnTheCost() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 14))
        state.put(Fixtures.events(p, "b")[0], at: Fixtures.period(p, day: 2, 15), choice: 0)
        let schedule = UnaryHarness.schedule(state, checkedAgainst: programme)
        #expect(UnaryHarness.cost(of: "preferred-times", in: schedule) == 3 + 2 + 3)
        #expect(schedule.cost.soft == state.soft)
        #expect(schedule.cost.penalties.filter { $0.rule == "preferred-times" && $0.source == UnaryHarness.at(30) }.count == 2)
    }

    @Test func incrementalEqualsFromScratchAndTheChecker() throws {
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(programme), checkedAgainst: programme, rule: "preferred-times")
        #expect(walk.mismatches == 0)
        #expect(walk.softDisagreements == 0)
        #expect(walk.ruleDisagreements == 0)
        #expect(walk.ruleSteps > 0)
    }
}
