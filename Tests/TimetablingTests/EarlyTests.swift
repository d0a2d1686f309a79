import Curriculum
import Testing
@testable import Timetabling

/// Session a should start early (weight 2); b is not concerned.
@Suite struct EarlyTests {
    let programme = Fixtures.programme(
        sessions: [
            Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, cohorts: ["c1"]),
            Session(id: "b", title: "B", duration: .minutes(60)),
        ],
        preferences: [Preference(.early(session: "a"), weight: 2, location: UnaryHarness.at(34))])

    @Test func startingWhenTheWindowOpensCostsNothing() throws {
        let p = try ProblemCompiler.compile(programme)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 0, 9)) == 0)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 2, 14)) == 0)
        #expect(UnaryHarness.startCost(p, Fixtures.events(p, "b")[0], at: Fixtures.period(p, day: 0, 11)) == 0)
    }

    @Test func eachPeriodAfterTheOpeningCostsTheWeight() throws {
        let p = try ProblemCompiler.compile(programme)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 0, 10, 30)) == 2 * 3)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 3, 16, 30)) == 2 * 5)
    }

    @Test func checkerAgreesOnTheCost() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 10, 30))
        state.put(1, at: Fixtures.period(p, day: 1, 15))
        let schedule = UnaryHarness.schedule(state, checkedAgainst: programme)
        #expect(state.soft == 2 * 3 + 2 * 2)
        #expect(UnaryHarness.cost(of: "early", in: schedule) == 2 * 3 + 2 * 2)
        #expect(schedule.cost.penalties.first { $0.rule == "early" }?.source == UnaryHarness.at(34))
    }

    @Test func incrementalEqualsFromScratchAndTheChecker() throws {
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(programme), checkedAgainst: programme, rule: "early")
        #expect(walk.mismatches == 0)
        #expect(walk.softDisagreements == 0)
        #expect(walk.ruleDisagreements == 0)
        #expect(walk.ruleSteps > 0)
    }
}
