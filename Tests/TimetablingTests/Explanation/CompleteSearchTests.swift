import Curriculum
import Testing
@testable import Timetabling

struct CompleteSearchTests {
    @Test func findsTheEmancipassoWeekWithoutSlack() throws {
        let problem = try DomainPropagationTests.problem(ExplanationFixtures.curriculum("emancipasso-2023.yaml"))
        var search = CompleteSearch(problem: problem, nodeLimit: 2_000)
        #expect(search.run() == .schedule)
    }

    @Test func exhaustsAProblemThatPropagationCannotRefute() throws {
        // Only two groups of the split variant: diagnosis and recommendations on one day, by a
        // speaker who comes Wednesday morning or Thursday afternoon. No bound sees that the two
        // sessions would have to share one half-day; every branch fails at its leaf.
        let catalogue = GroupCatalogue(try ExplanationFixtures.load(ExplanationFixtures.variant("emancipasso-lucien-brun-split.yaml")))
        let kept = catalogue.groups.indices.filter { [.rule(4), .trainerAvailable(5)].contains(catalogue.groups[$0].key) }
        #expect(kept.count == 2)
        let problem = try ProblemCompiler.compile(catalogue.programme(keeping: kept))
        #expect(!DomainPropagation.provesInfeasible(problem))
        var search = CompleteSearch(problem: problem, nodeLimit: 20_000)
        #expect(search.run() == .none)
    }
}
