import Benchmarks
import Curriculum
import Testing
@testable import Timetabling

@Suite struct PrecedenceTests {
    func problem(_ rules: [Rule]) throws -> Problem {
        try ProblemCompiler.compile(Fixtures.programme(
            rooms: [],
            sessions: [
                Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2),
                Session(id: "b", title: "B", duration: .minutes(60)),
                Session(id: "x", title: "X", duration: .minutes(30), cohorts: ["c1"]),
                Session(id: "y", title: "Y", duration: .minutes(60), cohorts: ["c1"]),
            ],
            rules: rules))
    }

    @Test func gapIsRespected() throws {
        let p = try problem([Rule(.precedence(before: "a", after: "b", minGapMinutes: 30, minGapDays: nil))])
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 0, 9))
        state.put(2, at: Fixtures.period(p, day: 0, 10, 30))
        #expect(state.hard == 0)
        state.put(2, at: Fixtures.period(p, day: 0, 10))   // 30 minutes short after both occurrences of a
        #expect(state.hard == 2)
        #expect(Precedence.cost(of: state.placement, problem: p) == 2)
    }

    @Test func gapDaysAndImmediatelyAfterAndFirstOfProgramme() throws {
        let p = try problem([
            Rule(.sequence(sessions: ["a", "b"], minGapDays: 1)),
            Rule(.immediatelyAfter(first: "x", then: "y")),
            Rule(.firstOfProgramme(session: "y")),
        ])
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 0, 14))
        state.put(2, at: Fixtures.period(p, day: 1, 9))        // next day: sequence holds
        state.put(3, at: Fixtures.period(p, day: 2, 9))        // x 09:00–09:30
        state.put(4, at: Fixtures.period(p, day: 2, 9, 30))    // y right after: holds; but x starts before y (first of programme)
        #expect(state.hard == 1)
        state.put(2, at: Fixtures.period(p, day: 0, 16))       // b the same day as a: 2 arcs broken
        #expect(state.hard == 3)
        #expect(Precedence.cost(of: state.placement, problem: p) == 3)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let problem = try ProblemCompiler.compile(ProgrammeGenerator(occurrences: 40, cohorts: 2, precedences: 30, seed: 5).generate())
        let walk = IncrementalHarness.walk(Precedence.self, problem: problem)
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
