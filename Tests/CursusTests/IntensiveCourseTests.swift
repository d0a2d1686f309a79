import CursusTestSupport
import Foundation
import Testing

/// The three-week intensive course of issue 11, written from docs/curriculum-format.md alone: it
/// once ended at hard 1–2 with a false "cannot hold together"; it must solve to hard 0.
@Suite struct IntensiveCourseTests {
    let curriculum = "Tests/CursusTests/Fixtures/intensive-course/intensive-course.yaml"

    @Test(arguments: [1, 2, 3])
    func solvesToHardZero(seed: Int) throws {
        let out = try CommandRunner.temporaryDirectory()
        let run = try CommandRunner.run(["solve", curriculum, "--out", out.path, "--iterations", "50000", "--threads", "2", "--seed", "\(seed)"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("intensive-course-2025: 35 occurrences placed, hard 0"))
        let csv = try String(contentsOf: out.appendingPathComponent("intensive-course-2025/schedule.csv"), encoding: .utf8)
        let rows = csv.components(separatedBy: "\r\n").dropFirst().filter { !$0.isEmpty }
        #expect(rows.count == 35)
        // Chloé's busy day (chloe-busy.ics) and the two holidays hold nothing.
        #expect(!rows.contains { $0.hasPrefix("2025-05-06") && $0.contains("chloe") })
        #expect(!rows.contains { $0.hasPrefix("2025-05-01") || $0.hasPrefix("2025-05-08") })
        // Revision and exam on the last two dates.
        #expect(rows.filter { $0.contains(",revision-") }.allSatisfy { $0.hasPrefix("2025-05-15") })
        #expect(rows.filter { $0.contains(",exam-") }.allSatisfy { $0.hasPrefix("2025-05-16") })
    }
}
