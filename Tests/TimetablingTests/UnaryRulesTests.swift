import Curriculum
import Testing
@testable import Timetabling

/// Every unary rule together, on the bundled curricula: random placements inside the compiled
/// domains never break a hard unary rule in the checker's eyes, and the compiled unary soft costs
/// (with every other criterion) add up to the checker's soft cost.
@Suite struct UnaryRulesTests {
    static let hardUnaryRules: Set<String> = [
        "session-times", "trainer-availability", "trainers", "cohort-rhythm", "travel-day", "stay", "pin", "daily-ritual",
        "first-of-day", "last-of-day", "opening-hours", "room-venue",
    ]

    @Test(arguments: ["cluny-mas-2023-2024", "echirolles-ateliers-2023", "emancipasso-2023"])
    func compiledDomainsAndCostsAgreeWithTheChecker(id: String) throws {
        let programme = try BundledCurricula.programme(id)
        let problem = try ProblemCompiler.compile(programme)
        // A daily ritual's missing dates (occurrences the walk left unplaced) are no broken rule.
        let broken: (Penalty) -> Bool = {
            $0.hard && (Self.hardUnaryRules.contains($0.rule) && !($0.rule == "daily-ritual" && $0.message.contains(", 0 extra"))
                || $0.rule == "room-capacity")
        }
        let walk = UnaryHarness.walk(problem, checkedAgainst: programme, counting: broken, steps: 200, seed: 11)
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        #expect(walk.softDisagreements == 0)
    }
}
