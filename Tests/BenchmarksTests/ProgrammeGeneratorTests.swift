import Benchmarks
import Curriculum
import Testing
import Timetabling

@Suite struct ProgrammeGeneratorTests {
    @Test func generatesTheRequestedShapeReproducibly() throws {
        let generator = ProgrammeGenerator(occurrences: 120, trainers: 6, rooms: 4, cohorts: 5, precedences: 10, seed: 9)
        let programme = generator.generate()
        #expect(programme.sessions.reduce(0) { $0 + $1.occurrences } == 120)
        #expect(programme.trainers.count == 6 && programme.rooms.count == 4 && programme.cohorts.count == 5)
        #expect(programme.rules.count == 10)
        #expect(programme == generator.generate())
        #expect(programme != ProgrammeGenerator(occurrences: 120, trainers: 6, rooms: 4, cohorts: 5, precedences: 10, seed: 10).generate())
        let problem = try ProblemCompiler.compile(programme)
        #expect(problem.eventCount == 120)
    }

    @Test func smallGeneratedProgrammeIsSolvedWithoutHardViolation() throws {
        let programme = ProgrammeGenerator(occurrences: 60, seed: 4).generate()
        let problem = try ProblemCompiler.compile(programme)
        let result = Solver(problem: problem, options: SolverOptions(seed: 1, iterations: 30_000, threads: 1)).solve()
        #expect(result.hard == 0)
        #expect(result.assignment.start.allSatisfy { $0 >= 0 })
    }
}
