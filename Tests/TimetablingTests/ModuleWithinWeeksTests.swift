import Curriculum
import Testing
@testable import Timetabling

@Suite struct ModuleWithinWeeksTests {
    let programme = Fixtures.programme(
        days: 19, modules: [Module(id: "m", title: "M")],
        sessions: [
            Session(id: "a", title: "A", module: "m", duration: .minutes(60)),
            Session(id: "b", title: "B", module: "m", duration: .minutes(60)),
        ],
        rules: [Rule(.moduleWithinWeeks(module: "m", weeks: 1))])

    @Test func oneWeekIsFine() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 4, 9))
        #expect(state.hard == 0)
    }

    @Test func eachExtraWeekCostsOne() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 14, 9))   // third week
        #expect(state.hard == 2)
        #expect(ModuleWithinWeeks.cost(of: state.placement, problem: p) == 2)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let walk = IncrementalHarness.walk(ModuleWithinWeeks.self, problem: try ProblemCompiler.compile(programme))
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
