import Curriculum
import Testing
@testable import Timetabling

@Suite struct SameDayTests {
    let programme = Fixtures.programme(
        sessions: [
            Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2),
            Session(id: "b", title: "B", duration: .minutes(60)),
        ],
        rules: [Rule(.sameDay(sessions: ["a", "b"]))])

    @Test func oneDateIsFine() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for (e, hour) in [(0, 9), (1, 11), (2, 14)] { state.put(e, at: Fixtures.period(p, day: 1, hour)) }
        #expect(state.hard == 0)
    }

    @Test func eachExtraDateCostsOne() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for (e, day) in [(0, 0), (1, 2), (2, 4)] { state.put(e, at: Fixtures.period(p, day: day, 9)) }
        #expect(state.hard == 2)
        #expect(SameDay.cost(of: state.placement, problem: p) == 2)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let walk = IncrementalHarness.walk(SameDay.self, problem: try ProblemCompiler.compile(programme))
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
