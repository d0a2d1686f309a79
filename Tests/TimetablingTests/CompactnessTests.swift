import Benchmarks
import Curriculum
import Testing
@testable import Timetabling

@Suite struct CompactnessTests {
    let programme = Fixtures.programme(
        rooms: [],
        sessions: [
            Session(id: "a", title: "A", duration: .minutes(60), cohorts: ["c1"]),
            Session(id: "b", title: "B", duration: .minutes(60), cohorts: ["c1"]),
            Session(id: "d", title: "D", duration: .days(2), cohorts: ["c1"]),
        ],
        preferences: [Preference(.compactness(cohort: "c1"), weight: 2)])

    @Test func adjacentSessionsAreNotIsolated() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 0, 10))
        state.put(2, at: Fixtures.period(p, day: 3, 9))    // two whole days are never isolated
        #expect(state.soft == 0)
    }

    @Test func lunchBreaksAdjacency() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 11, 30))   // 11:30–12:30
        state.put(1, at: Fixtures.period(p, day: 0, 14))       // 14:00–15:00
        state.put(2, at: Fixtures.period(p, day: 3, 9))
        #expect(state.soft == 4)
        #expect(Compactness.cost(of: state.placement, problem: p) == 4)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let problem = try ProblemCompiler.compile(ProgrammeGenerator(occurrences: 30, cohorts: 1, precedences: 0, seed: 2).generate())
        let walk = IncrementalHarness.walk(Compactness.self, problem: problem, steps: 3_000)
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
        let days = IncrementalHarness.walk(Compactness.self, problem: try ProblemCompiler.compile(programme))
        #expect(days.mismatches == 0)
    }

    @Test func oneLongEventsCountOccupancyOnly() throws {
        // ITC-2007: every lecture is one period, so the occupancy-only update is used.
        let problem = try ProblemCompiler.compile(CTTFixture.programme("comp01"))
        #expect(problem.candLength.allSatisfy { $0 == 1 })
        let walk = IncrementalHarness.walk(Compactness.self, problem: problem, steps: 3_000)
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
