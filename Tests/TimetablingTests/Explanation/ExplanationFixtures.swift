import Curriculum
import CursusTestSupport
import Foundation
import Timetabling

/// Paths of the bundled curricula and of the infeasible variants, found from this file.
enum ExplanationFixtures {
    static let root = PackageRoot.url

    static func curriculum(_ name: String) -> String { root.appendingPathComponent("curricula/\(name)").path }

    static func variant(_ name: String) -> String {
        root.appendingPathComponent("Tests/TimetablingTests/Explanation/Infeasible/\(name)").path
    }

    /// Bounded by checks and nodes only (an hour of wall time is never reached), so that a loaded
    /// machine gets the same explanation as an idle one.
    static let budget = ExplanationBudget(proofTime: .seconds(3600))

    static func load(_ path: String) throws -> Programme { try CurriculumLoader().load(path: path) }
}
