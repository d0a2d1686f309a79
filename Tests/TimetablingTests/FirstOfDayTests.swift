import Curriculum
import Testing
@testable import Timetabling

@Suite struct FirstOfDayTests {
    func programme(first: Bool, allowed: [TimeSpec] = []) -> Programme {
        Fixtures.programme(
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, cohorts: ["c1"], allowed: allowed)],
            rules: first ? [Rule(.firstOfDay(session: "a"), location: UnaryHarness.at(20))] : [])
    }

    @Test func onlyTheDaysFirstPeriodIsAStart() throws {
        let p = try ProblemCompiler.compile(programme(first: true))
        let starts = UnaryHarness.starts(p, 0)
        #expect(starts.map(\.day) == [0, 1, 2, 3, 4])
        #expect(starts.allSatisfy { $0.time == TimeOfDay(hour: 9) })
    }

    @Test func afternoonsOnlyFailWithTheRule() {
        let failure = UnaryHarness.failure(programme(first: true, allowed: [TimeSpec(windows: ["afternoon"])]))
        #expect(failure?.unplaceable.first?.reasons.prefix(2).map(\.message)
            == ["the session's allowed and unavailable times exclude some starts", "it must start when the day opens"])
        #expect(failure?.unplaceable.first?.reasons.dropFirst().first?.location == UnaryHarness.at(20))
    }

    @Test func checkerReportsALaterStart() throws {
        let free = try ProblemCompiler.compile(programme(first: false))
        for (hour, cost) in [(9, 0), (14, 1), (10, 1)] {
            let placed = UnaryHarness.placed(free, at: Fixtures.period(free, day: 1, hour), checkedAgainst: programme(first: true))
            #expect(UnaryHarness.cost(of: "first-of-day", in: placed) == cost)
        }
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(first: true)
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "first-of-day")
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        let control = UnaryHarness.walk(try ProblemCompiler.compile(programme(first: false)), checkedAgainst: ruled, rule: "first-of-day")
        #expect(control.ruleSteps > 0)
    }
}
