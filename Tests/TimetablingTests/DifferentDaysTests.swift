import Curriculum
import Testing
@testable import Timetabling

@Suite struct DifferentDaysTests {
    let programme = Fixtures.programme(
        sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 3)],
        rules: [Rule(.differentDays(sessions: ["a"]))])

    @Test func differentDatesAreFine() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for e in 0..<3 { state.put(e, at: Fixtures.period(p, day: e, 9)) }
        #expect(state.hard == 0)
    }

    @Test func eachSharedDateCostsOne() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for (e, hour) in [(0, 9), (1, 11), (2, 14)] { state.put(e, at: Fixtures.period(p, day: 0, hour)) }
        #expect(state.hard == 2)
        #expect(DifferentDays.cost(of: state.placement, problem: p) == 2)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let walk = IncrementalHarness.walk(DifferentDays.self, problem: try ProblemCompiler.compile(programme))
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
