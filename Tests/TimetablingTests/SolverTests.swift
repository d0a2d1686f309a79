import Benchmarks
import Curriculum
import Testing
@testable import Timetabling

@Suite struct SolverTests {
    let programme = ProgrammeGenerator(occurrences: 80, trainers: 6, rooms: 3, cohorts: 4, precedences: 12, seed: 11).generate()

    @Test func sameSeedAndIterationsGiveTheSameAssignment() throws {
        let problem = try ProblemCompiler.compile(programme)
        let options = SolverOptions(seed: 5, iterations: 20_000, threads: 2)
        let a = Solver(problem: problem, options: options).solve()
        let b = Solver(problem: problem, options: options).solve()
        #expect(a.assignment == b.assignment)
        #expect((a.hard, a.soft) == (b.hard, b.soft))
        var other = options
        other.seed = 6
        #expect(Solver(problem: problem, options: other).solve().assignment != a.assignment)
    }

    @Test func checkerAgreesWithTheSolver() throws {
        let problem = try ProblemCompiler.compile(programme)
        let result = Solver(problem: problem, options: SolverOptions(seed: 1, iterations: 50_000, threads: 1)).solve()
        let schedule = ScheduleDecoder.decode(result, problem: problem, programme: programme, published: "2025-01-01T00:00:00Z", seed: 1)
        #expect(result.hard == 0)
        #expect(schedule.cost.hard == result.hard)
        #expect(schedule.cost.soft == result.soft)
        #expect(schedule.entries.count == 80)
        #expect(schedule.cost.penalties.reduce(0) { $0 + $1.cost } == result.soft)
    }

    @Test func incrementalCostNeverDriftsFromRecomputation() throws {
        // Every rule and criterion the search models, checked after each accepted move.
        var programme = ProgrammeGenerator(occurrences: 30, trainers: 3, rooms: 2, cohorts: 2, precedences: 6, seed: 2).generate()
        programme.modules = [Module(id: "m", title: "M")]
        programme.sessions[0].module = "m"
        programme.sessions[1].module = "m"
        programme.cohorts[0].weeklyLoad = WeeklyLoad(minimum: 1, maximum: 6)
        programme.rules += [
            Rule(.sameDay(sessions: [programme.sessions[2].id, programme.sessions[3].id])),
            Rule(.differentDays(sessions: [programme.sessions[4].id])),
            Rule(.moduleWithinWeeks(module: "m", weeks: 1)),
            Rule(.immediatelyAfter(first: programme.sessions[5].id, then: programme.sessions[6].id)),
        ]
        let problem = try ProblemCompiler.compile(programme)
        let result = Solver(problem: problem, options: SolverOptions(seed: 3, iterations: 20_000, threads: 1, checksIncrementalCost: true)).solve()
        #expect(result.corruption == nil, "\(result.corruption?.message ?? "")")
        #expect(result.iterations >= 20_000)
    }

    @Test func incrementalCostNeverDriftsWithRoomsAndCurricula() throws {
        // Moves-or-swaps through occupied rooms and Kempe chains with room repair, on an ITC instance.
        let problem = try ProblemCompiler.compile(CTTFixture.programme("comp01"))
        var tuning = SolverOptions.Tuning()
        tuning.kempeRate = 0.3
        let options = SolverOptions(seed: 2, iterations: 30_000, threads: 1, tuning: tuning, checksIncrementalCost: true)
        let result = Solver(problem: problem, options: options).solve()
        #expect(result.corruption == nil, "\(result.corruption?.message ?? "")")
        #expect(result.iterations >= 30_000)
        #expect(result.hard == 0)
    }

    @Test func raisedStopFlagKeepsAConstructedSchedule() throws {
        let problem = try ProblemCompiler.compile(programme)
        let stop = StopFlag()
        stop.stop()
        let result = Solver(problem: problem, options: SolverOptions(seed: 1, threads: 2, stop: stop)).solve()
        #expect(result.assignment.start.allSatisfy { $0 >= 0 })
        #expect(result.iterations < 100_000)
    }

    @Test func targetSoftStopsEarly() throws {
        let problem = try ProblemCompiler.compile(programme)
        let result = Solver(problem: problem, options: SolverOptions(seed: 1, iterations: 10_000_000, targetSoft: 1_000_000, threads: 1)).solve()
        #expect(result.hard == 0)
        #expect(result.iterations < 1_000_000)
    }

    @Test func theConstructionIsSharedAndTheFirstThreadSearchesAsASingleOne() throws {
        // Thread 0 continues the shared construction's random stream: two threads can only do as
        // well as one or better, and spend the construction's moves once.
        let problem = try ProblemCompiler.compile(CTTFixture.programme("comp01"))
        let one = Solver(problem: problem, options: SolverOptions(seed: 3, iterations: 40_000, threads: 1)).solve()
        let two = Solver(problem: problem, options: SolverOptions(seed: 3, iterations: 40_000, threads: 2)).solve()
        #expect((two.hard, two.soft) <= (one.hard, one.soft))
        #expect(two.iterations <= 2 * one.iterations)
        #expect(two.iterations > one.iterations)
    }

    @Test func aTuningChangesTheSearchAndTheDefaultsDoNot() throws {
        let problem = try ProblemCompiler.compile(programme)
        let plain = Solver(problem: problem, options: SolverOptions(seed: 4, iterations: 20_000, threads: 1)).solve()
        let defaults = Solver(problem: problem, options: SolverOptions(seed: 4, iterations: 20_000, threads: 1, tuning: .init())).solve()
        #expect(defaults.assignment == plain.assignment)
        var tuning = SolverOptions.Tuning()
        tuning.swapRate = 0.6
        tuning.kempeRate = 0.3
        let tuned = Solver(problem: problem, options: SolverOptions(seed: 4, iterations: 20_000, threads: 1, tuning: tuning)).solve()
        #expect(tuned.assignment != plain.assignment)
    }
}
