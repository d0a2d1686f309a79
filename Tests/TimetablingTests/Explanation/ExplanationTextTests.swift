import Curriculum
import Foundation
import Testing
import Timetabling

struct ExplanationTextTests {
    /// Loads a variant under the short name a user would type.
    static func explain(_ name: String) throws -> Explanation {
        let text = try String(contentsOfFile: ExplanationFixtures.variant(name), encoding: .utf8)
        return Explainer.explain(try CurriculumLoader().load(text: text, file: name), budget: ExplanationFixtures.budget)
    }

    @Test func diagnosisThenConflict() throws {
        #expect(try ExplanationTextTests.explain("cluny-pin-on-travel-day.yaml").text == """
            Master of Advanced Studies « Innovation territoriale »: no timetable satisfies every hard rule.

            Sessions with no possible place:
              'Intelligence collective : apports théoriques' (occurrence 1) has no possible place, because:
                cluny-pin-on-travel-day.yaml:120: Promotion 2023–2024 is taught only during its stays (not on Friday 1 December 2023)
                cluny-pin-on-travel-day.yaml:158: 'Intelligence collective : apports théoriques' (occurrence 1) is pinned to Friday 1 December 2023 at 09:00

            These 2 rules cannot hold together (removing or changing any one of them lifts this conflict):
              cluny-pin-on-travel-day.yaml:120: Promotion 2023–2024 is taught only during its stays (not on Friday 1 December 2023)
              cluny-pin-on-travel-day.yaml:158: 'Intelligence collective : apports théoriques' (occurrence 1) is pinned to Friday 1 December 2023 at 09:00

            """)
    }

    @Test func singleRuleFromTheSearch() throws {
        #expect(try ExplanationTextTests.explain("emancipasso-strike-wednesday.yaml").text == """
            Développer une offre de services pour accompagner les associations dans leur transition numérique éthique: no timetable satisfies every hard rule.

            This rule cannot hold (change it):
              emancipasso-strike-wednesday.yaml:76: The programme is closed on Wednesday 18 January 2023 (break: Grève)
            Because:
              12 sessions (15 occurrences) need Participant·es (hébergeurs alternatifs) for at least 28 h 30; the times left to them hold 21 h 30.

            """)
    }

    @Test func eachSessionGetsItsOwnChainByAnalogy() throws {
        // Four searches at most, but every other session is analysed by swapping its own room
        // restriction into a chain found before: a Cluny lecture is blocked by the Cluny rooms.
        let explanation = try ExplanationTextTests.explain("cluny-promotion-too-large.yaml")
        #expect(explanation.unplaceable.count == 24)
        #expect(explanation.unplaceable.allSatisfy { $0.isAnalysed })
        let food = try #require(explanation.unplaceable.first { $0.session == "food-theory" })
        #expect(food.chain.map(\.location.line) == [80, 81, 161, 198])
        #expect(food.occurrences == [1, 2, 3, 4])
    }

    @Test func feasible() throws {
        let text = try String(contentsOfFile: ExplanationFixtures.curriculum("emancipasso-2023.yaml"), encoding: .utf8)
        let explanation = Explainer.explain(try CurriculumLoader().load(text: text, file: "emancipasso-2023.yaml"), budget: ExplanationFixtures.budget)
        #expect(explanation.text.hasSuffix(": a timetable satisfies every hard rule; there is no conflict to explain.\n"))
    }
}
