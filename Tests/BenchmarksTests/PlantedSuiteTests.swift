import Benchmarks
import Curriculum
import Testing
import Timetabling

/// A sample of `cursus bench --planted` in the test run: the first programmes of the suite (every
/// shape, no and tight slack) and the intensive ones of 60 occurrences with no and tight slack
/// (sequences per cohort, same-day pairs, travel: the shape that defeated the construction)
/// reach hard 0, and the checker agrees.
@Suite struct PlantedSuiteTests {
    @Test(arguments: Array(0..<6) + [24, 27])
    func plantedProgrammeIsSolvedWithoutHardViolation(_ index: Int) throws {
        let generator = PlantedSuite.generators(count: index + 1)[index]
        let planted = generator.generate()
        let problem = try ProblemCompiler.compile(planted.programme)
        let options = SolverOptions(seed: 1, iterations: 200_000, targetSoft: .max, threads: 1)
        let result = Solver(problem: problem, options: options).solve()
        #expect(result.hard == 0, "\(planted.programme.id)")
        let schedule = ScheduleDecoder.decode(result, problem: problem, programme: planted.programme, published: "", seed: 1)
        #expect(schedule.cost.hard == 0, "\(planted.programme.id): \(schedule.cost.penalties.filter(\.hard).prefix(3).map(\.message))")
        #expect(schedule.entries.count == planted.occurrences)
    }

    @Test func suiteCyclesThroughShapesSlacksAndSizes() {
        let suite = PlantedSuite.generators(count: 200)
        #expect(Set(suite.map(\.shape)) == Set(PlantedShape.allCases))
        #expect(Set(suite.map(\.slack)) == Set(PlantedSlack.allCases))
        #expect(Set(suite.map(\.occurrences)) == Set(PlantedSuite.sizes))
        #expect(suite.prefix(12).map(\.occurrences) == Array(repeating: 15, count: 12))
    }
}
