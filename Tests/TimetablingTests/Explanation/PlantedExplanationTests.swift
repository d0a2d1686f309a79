import Benchmarks
import Curriculum
import Testing
import Timetabling

/// Explanations on programmes feasible by construction (``PlantedGenerator``): they never claim
/// that no timetable exists; with a contradiction added, the set they name is that contradiction,
/// proven (impossible alone, a timetable found without each of its rules).
struct PlantedExplanationTests {
    static let generators = PlantedShape.allCases.flatMap { shape in
        [PlantedGenerator(shape: shape, occurrences: 15, slack: .tight, seed: 11), PlantedGenerator(shape: shape, occurrences: 30, slack: .none, seed: 12)]
    }

    @Test(arguments: generators.indices)
    func neverClaimsImpossibility(_ index: Int) throws {
        let planted = Self.generators[index].generate()
        let programme = try CurriculumLoader().load(text: planted.yaml, file: "\(planted.programme.id).yaml")
        let explanation = Explainer.explain(programme, budget: ExplanationFixtures.budget)
        #expect(explanation.outcome != .conflict && explanation.outcome != .partialConflict, "\(explanation.text)")
        #expect(!explanation.isProvenInfeasible)
        #expect(!explanation.text.contains("no timetable satisfies"))
    }

    @Test(arguments: PlantedShape.allCases)
    func namesTheAddedContradictionProven(_ shape: PlantedShape) throws {
        let planted = PlantedGenerator(shape: shape, occurrences: 20, slack: .medium, seed: 13).generate()
        let sessions = planted.programme.sessions.map(\.id)
        // Two precedences in opposite directions, written first under `rules:`.
        let lines = planted.yaml.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex(of: "rules:"))
        let cycle = [
            "  - {precedence: {before: \(sessions[0]), after: \(sessions[1])}}",
            "  - {precedence: {before: \(sessions[1]), after: \(sessions[0])}}",
        ]
        let text = (lines[...at] + cycle + lines[(at + 1)...]).joined(separator: "\n")
        let programme = try CurriculumLoader().load(text: text, file: "contradiction.yaml")
        let explanation = Explainer.explain(programme, budget: ExplanationFixtures.budget)
        #expect(explanation.outcome == .conflict, "\(explanation.text)")
        #expect(explanation.rules.map(\.location.line) == [at + 2, at + 3], "\(explanation.text)")
        #expect(explanation.text.contains("These 2 rules cannot hold together (removing or changing any one of them lifts this conflict):"))
    }
}
