import Benchmarks
import Foundation
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
    func namesAProvenConflictWithTheAddedContradiction(_ shape: PlantedShape) throws {
        let planted = PlantedGenerator(shape: shape, occurrences: 20, slack: .medium, seed: 13).generate()
        // Two one-off sessions the witness holds on one date, the first ending before the second
        // starts: "same day" keeps the witness, "a day apart" contradicts it.
        let once = Set(planted.programme.sessions.filter { $0.occurrences == 1 }.map(\.id))
        let entries = planted.witness.entries.filter { once.contains($0.session) }
        let pair = try #require(entries.lazy.compactMap { x in
            entries.first { $0.date == x.date && $0.session != x.session && x.endTime <= $0.startTime }.map { (x.session, $0.session) }
        }.first)
        let lines = planted.yaml.components(separatedBy: "\n")
        let at = try #require(lines.firstIndex(of: "rules:"))
        let contradiction = [
            "  - {same_day: [\(pair.0), \(pair.1)]}",
            "  - {precedence: {before: \(pair.0), after: \(pair.1), min_gap_days: 1}}",
        ]
        let text = (lines[...at] + contradiction + lines[(at + 1)...]).joined(separator: "\n")
        let programme = try CurriculumLoader().load(text: text, file: "contradiction.yaml")
        let explanation = Explainer.explain(programme, budget: ExplanationFixtures.budget)
        // `.conflict` is only reported once the set is proven impossible alone and a timetable was
        // found without each of its rules.
        #expect(explanation.outcome == .conflict, "\(explanation.text)")
        #expect(explanation.rules.map(\.location.line).contains(at + 3), "\(explanation.text)")
        #expect(explanation.text.contains("cannot hold"))
    }
}
