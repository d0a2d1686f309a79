import Curriculum
import Testing
import Timetabling

struct ExplainerTests {
    @Test(arguments: ["emancipasso-2023.yaml", "echirolles-ateliers-2023.yaml"])
    func feasibleProgrammeHasNothingToExplain(name: String) throws {
        let explanation = Explainer.explain(try ExplanationFixtures.load(ExplanationFixtures.curriculum(name)), budget: ExplanationFixtures.budget)
        #expect(explanation.outcome == .feasible)
        #expect(explanation.rules.isEmpty)
        #expect(explanation.unplaceable.isEmpty)
    }

    @Test func sameBudgetSameExplanation() throws {
        let programme = try ExplanationFixtures.load(ExplanationFixtures.variant("emancipasso-lucien-brun-split.yaml"))
        #expect(Explainer.explain(programme, budget: ExplanationFixtures.budget) == Explainer.explain(programme, budget: ExplanationFixtures.budget))
    }

    @Test func exhaustedBudgetReportsTheSmallestInconsistentSetFound() throws {
        let programme = try ExplanationFixtures.load(ExplanationFixtures.variant("echirolles-reprise-starts-december.yaml"))
        let full = Explainer.explain(programme, budget: ExplanationFixtures.budget)
        let cut = Explainer.explain(programme, budget: ExplanationBudget(checks: 4, proofTime: .seconds(3600)))
        #expect(cut.outcome == .partialConflict)
        #expect(cut.checks == 4)
        #expect(cut.rules.count > full.rules.count)
        #expect(Set(full.rules).isSubset(of: Set(cut.rules)))
        #expect(cut.text.contains("ran out of budget after 4 checks; these \(cut.rules.count) rules contain the conflict:"))
    }
}
