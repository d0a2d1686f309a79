import Curriculum
import Testing
@testable import Timetabling

@Suite struct LastOfDayTests {
    func programme(last: Bool, allowed: [TimeSpec] = []) -> Programme {
        Fixtures.programme(
            sessions: [Session(id: "a", title: "A", duration: .minutes(90), occurrences: 2, cohorts: ["c1"], allowed: allowed)],
            rules: last ? [Rule(.lastOfDay(session: "a"), location: UnaryHarness.at(22))] : [])
    }

    @Test func onlyTheRunEndingWithTheDayIsAStart() throws {
        let p = try ProblemCompiler.compile(programme(last: true))
        let starts = UnaryHarness.starts(p, 0)
        #expect(starts.map(\.day) == [0, 1, 2, 3, 4])
        #expect(starts.allSatisfy { $0.time == TimeOfDay(hour: 16) })   // 16:00–17:30
    }

    @Test func morningsOnlyFailWithTheRule() {
        let failure = UnaryHarness.failure(programme(last: true, allowed: [TimeSpec(windows: ["morning"])]))
        #expect(failure?.unplaceable.first?.reasons.last == .init(message: "it must end when the day closes", location: UnaryHarness.at(22)))
    }

    @Test func checkerReportsAnEarlierEnd() throws {
        let free = try ProblemCompiler.compile(programme(last: false))
        for (hour, cost) in [(16, 0), (15, 1), (11, 1)] {
            let placed = UnaryHarness.placed(free, at: Fixtures.period(free, day: 3, hour), checkedAgainst: programme(last: true))
            #expect(UnaryHarness.cost(of: "last-of-day", in: placed) == cost)
        }
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(last: true)
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "last-of-day")
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        let control = UnaryHarness.walk(try ProblemCompiler.compile(programme(last: false)), checkedAgainst: ruled, rule: "last-of-day")
        #expect(control.ruleSteps > 0)
    }
}
