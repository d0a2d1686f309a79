import Benchmarks
import Curriculum
import Testing
@testable import Timetabling

@Suite struct EvenWeeklyLoadTests {
    /// Two weeks (Monday 8 to Friday 19 January 2024), one cohort, four one-hour sessions.
    let programme = Fixtures.programme(
        days: 12, rooms: [],
        sessions: ["a", "b", "c", "d"].map { Session(id: $0, title: $0.uppercased(), duration: .minutes(60), cohorts: ["c1"]) },
        preferences: [Preference(.evenWeeklyLoad(cohort: "c1"), weight: 3)])

    @Test func evenWeeksCostNothing() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 1, 14))
        state.put(2, at: Fixtures.period(p, day: 5, 9))
        state.put(3, at: Fixtures.period(p, day: 6, 9))
        #expect(state.soft == 0)
        #expect(EvenWeeklyLoad.cost(of: state.placement, problem: p) == 0)
    }

    @Test func eachHalfDayAboveTheRoundedUpAverageCostsTheWeight() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 0, 14))
        state.put(2, at: Fixtures.period(p, day: 1, 9))
        // 3 half-days over 2 open weeks: average 2 (rounded up), week 1 has one above.
        #expect(state.soft == 3)
        state.put(3, at: Fixtures.period(p, day: 2, 9))
        // 4 half-days: average 2, week 1 has two above.
        #expect(state.soft == 6)
        state.put(3, at: Fixtures.period(p, day: 2, 10))
        #expect(state.soft == 6)
        state.put(3, at: Fixtures.period(p, day: 0, 10))   // same half-day as a: counted once
        #expect(state.soft == 3)
        #expect(EvenWeeklyLoad.cost(of: state.placement, problem: p) == 3)
    }

    @Test func checkerNamesTheWeekAndTheAverage() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for (e, (day, hour)) in [(0, 9), (0, 14), (1, 9), (2, 9)].enumerated() { state.put(e, at: Fixtures.period(p, day: day, hour)) }
        let result = SolveResult(
            assignment: Assignment(state.placement), hard: state.hard, soft: state.soft, iterations: 0, timeToFeasible: nil,
            elapsed: .zero, movesPerSecond: 0)
        let schedule = ScheduleDecoder.decode(result, problem: p, programme: programme, published: "2024-01-01T00:00:00Z", seed: 1)
        #expect(schedule.cost.soft == 6)
        #expect(schedule.cost.penalties.map(\.message) == ["cohort Cohort One is taught 4 half-days in the week of 2024-01-08, 2 above its average of 2 (+6)"])
    }

    @Test func incrementalEqualsFromScratch() throws {
        var generated = ProgrammeGenerator(occurrences: 40, cohorts: 2, precedences: 0, seed: 3).generate()
        generated.preferences.append(Preference(.evenWeeklyLoad(cohort: nil), weight: 2))
        let walk = IncrementalHarness.walk(EvenWeeklyLoad.self, problem: try ProblemCompiler.compile(generated), steps: 3_000)
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
        let small = IncrementalHarness.walk(EvenWeeklyLoad.self, problem: try ProblemCompiler.compile(programme))
        #expect(small.mismatches == 0)
        #expect(small.nonZero > 0)
    }

    @Test func checkerAgreesWithTheSolver() throws {
        var generated = ProgrammeGenerator(occurrences: 40, trainers: 4, rooms: 2, cohorts: 2, precedences: 4, seed: 5).generate()
        generated.preferences.append(Preference(.evenWeeklyLoad(cohort: nil), weight: 2))
        let problem = try ProblemCompiler.compile(generated)
        let result = Solver(problem: problem, options: SolverOptions(seed: 1, iterations: 3_000, threads: 1, checksIncrementalCost: true)).solve()
        #expect(result.corruption == nil, "\(result.corruption?.message ?? "")")
        let schedule = ScheduleDecoder.decode(result, problem: problem, programme: generated, published: "2025-01-01T00:00:00Z", seed: 1)
        #expect(schedule.cost.hard == result.hard)
        #expect(schedule.cost.soft == result.soft)
    }
}
