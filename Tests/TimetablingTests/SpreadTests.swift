import Curriculum
import Testing
@testable import Timetabling

@Suite struct SpreadTests {
    let programme = Fixtures.programme(
        rooms: [],
        sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 3)],
        preferences: [Preference(.spread(session: "a", minDays: 3), weight: 5)])

    @Test func spreadOverEnoughDatesIsFree() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for e in 0..<3 { state.put(e, at: Fixtures.period(p, day: e, 9)) }
        #expect(state.soft == 0)
    }

    @Test func eachMissingDateCostsTheWeight() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for (e, hour) in [(0, 9), (1, 11), (2, 14)] { state.put(e, at: Fixtures.period(p, day: 0, hour)) }
        #expect(state.soft == 10)
        #expect(Spread.cost(of: state.placement, problem: p) == 10)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let walk = IncrementalHarness.walk(Spread.self, problem: try ProblemCompiler.compile(programme))
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
