import Benchmarks
import Curriculum
import Testing
import Timetabling

@Suite struct PlantedGeneratorTests {
    static let cases: [(PlantedShape, Int, PlantedSlack, UInt64)] = PlantedShape.allCases.flatMap { shape in
        [(shape, 15, .none, 1), (shape, 40, .tight, 2), (shape, 120, .medium, 3), (shape, 300, .loose, 4), (shape, 600, .none, 5)]
    }

    @Test(arguments: cases.indices)
    func witnessKeepsEveryHardRule(_ index: Int) throws {
        let (shape, size, slack, seed) = Self.cases[index]
        let planted = PlantedGenerator(shape: shape, occurrences: size, slack: slack, seed: seed).generate()
        #expect(planted.witness.entries.count == planted.occurrences)
        #expect(abs(planted.occurrences - size) <= max(3, size / 5), "\(shape) \(size): \(planted.occurrences) occurrences")
        let cost = ScheduleChecker.check(planted.witness, programme: planted.programme)
        #expect(cost.hard == 0, "\(planted.programme.id): \(cost.penalties.filter(\.hard).prefix(5).map(\.message))")
        // The written file reads back to a programme the witness keeps too, and it compiles.
        let loaded = try CurriculumLoader().load(text: planted.yaml, file: "\(planted.programme.id).yaml")
        #expect(loaded.sessions.map(\.id) == planted.programme.sessions.map(\.id))
        #expect(loaded.rules.count == planted.programme.rules.count)
        let reread = ScheduleChecker.check(planted.witness, programme: loaded)
        #expect(reread.hard == 0, "\(planted.programme.id) from YAML: \(reread.penalties.filter(\.hard).prefix(5).map(\.message))")
        let problem = try ProblemCompiler.compile(loaded)
        #expect(problem.eventCount == planted.occurrences)
    }

    @Test func sameInputsSameProgramme() {
        let a = PlantedGenerator(shape: .workshops, occurrences: 60, slack: .tight, seed: 7).generate()
        let b = PlantedGenerator(shape: .workshops, occurrences: 60, slack: .tight, seed: 7).generate()
        let c = PlantedGenerator(shape: .workshops, occurrences: 60, slack: .tight, seed: 8).generate()
        #expect(a.yaml == b.yaml)
        #expect(a.yaml != c.yaml)
    }
}
