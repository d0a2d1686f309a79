import Curriculum
import Testing
@testable import Timetabling

struct DomainPropagationTests {
    static func problem(_ path: String) throws -> Problem {
        try ProblemCompiler.compile(GroupCatalogue(try ExplanationFixtures.load(path)).base)
    }

    @Test(arguments: ["emancipasso-2023.yaml", "echirolles-ateliers-2023.yaml"])
    func provesNothingOnAFeasibleProgramme(name: String) throws {
        #expect(!DomainPropagation.provesInfeasible(try DomainPropagationTests.problem(ExplanationFixtures.curriculum(name))))
    }

    @Test(arguments: [
        "echirolles-reprise-starts-december.yaml",   // order rules with gaps
        "echirolles-pin-before-sequence.yaml",       // a pin through the order rules
        "emancipasso-installation-pinned-tuesday.yaml", // first of programme, then a resource overload
        "emancipasso-strike-wednesday.yaml",         // the cohort's sessions need more time than is open
    ])
    func provesAnInfeasibleVariant(name: String) throws {
        #expect(DomainPropagation.provesInfeasible(try DomainPropagationTests.problem(ExplanationFixtures.variant(name))))
    }
}
