import Curriculum
import Testing
@testable import Timetabling

@Suite struct WeeklyLoadTests {
    func programme(minimum: Int?, maximum: Int?) -> Programme {
        Fixtures.programme(
            days: 12,
            cohorts: [Cohort(id: "c1", name: "Cohort One", size: 12, weeklyLoad: WeeklyLoad(minimum: minimum, maximum: maximum))],
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 4, cohorts: ["c1"])])
    }

    @Test func twoSessionsInOneHalfDayCountOnce() throws {
        let p = try ProblemCompiler.compile(programme(minimum: nil, maximum: 2))
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 0, 11))
        state.put(2, at: Fixtures.period(p, day: 0, 14))
        state.put(3, at: Fixtures.period(p, day: 5, 9))    // next week
        #expect(state.hard == 0)
    }

    @Test func eachHalfDayAboveOrBelowCostsOne() throws {
        let p = try ProblemCompiler.compile(programme(minimum: 2, maximum: 2))
        var state = SearchState(problem: p)
        for (e, day) in [(0, 0), (1, 1), (2, 2), (3, 3)] { state.put(e, at: Fixtures.period(p, day: day, 9)) }
        // Week 1: 4 half-days (2 over); week 2: none (2 under).
        #expect(state.hard == 4)
        #expect(WeeklyLoad.cost(of: state.placement, problem: p) == 4)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let walk = IncrementalHarness.walk(WeeklyLoad.self, problem: try ProblemCompiler.compile(programme(minimum: 1, maximum: 2)))
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
