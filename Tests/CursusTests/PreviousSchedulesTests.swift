import CursusTestSupport
import Foundation
import Testing

/// The previous schedule of a `stability` preference is read by the command-line tool.
@Suite struct PreviousSchedulesTests {
    let budget = ["--iterations", "20000", "--threads", "1", "--seed", "7"]

    /// The Échirolles curriculum with a `stability` preference naming `previous`.
    func curriculum(previous: String) throws -> URL {
        let folder = try CommandRunner.temporaryDirectory()
        var text = try String(contentsOf: PackageRoot.url.appendingPathComponent("curricula/echirolles-ateliers-2023.yaml"), encoding: .utf8)
        let marker = "preferences:\n"
        let range = try #require(text.range(of: marker))
        text.replaceSubrange(range, with: marker + "  - {stability: \(previous), weight: 100}\n")
        let file = folder.appendingPathComponent("echirolles.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func aFileThatIsNoScheduleIsALocatedErrorOfEveryCommand() throws {
        let garbage = try CommandRunner.temporaryDirectory().appendingPathComponent("schedule.json")
        try "not json".write(to: garbage, atomically: true, encoding: .utf8)
        let file = try curriculum(previous: garbage.path)
        let text = try String(contentsOf: file, encoding: .utf8)
        let line = try #require(text.components(separatedBy: "\n").firstIndex { $0.contains("{stability: ") }) + 1
        for command in ["check", "solve", "explain"] {
            let run = try CommandRunner.run([command, file.path] + (command == "solve" ? budget + ["--out", try CommandRunner.temporaryDirectory().path] : []))
            #expect(run.status == 2, "\(command): \(run.standardError)")
            #expect(run.standardError.hasPrefix("\(file.path):\(line):5: error: stability: cannot read the previous schedule '\(garbage.path)': not a Cursus schedule"),
                    "\(command): \(run.standardError)")
        }
    }

    @Test func aMissingFileCostsNothingAndAPublishedOneIsKept() throws {
        let out = try CommandRunner.temporaryDirectory()
        let published = out.appendingPathComponent("echirolles-ateliers-2023/schedule.json")
        let file = try curriculum(previous: published.path)
        let first = try CommandRunner.run(["solve", file.path, "--out", out.path] + budget)
        #expect(first.status == 0, "\(first.standardError)")
        let csv = out.appendingPathComponent("echirolles-ateliers-2023/schedule.csv")
        // Date, start, session and occurrence of each line.
        let starts = { (text: String) in
            text.split(separator: "\r\n").map { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                return [fields[0], fields[1], fields[4], fields[5]].joined(separator: ",")
            }.sorted()
        }
        let before = starts(try String(contentsOf: csv, encoding: .utf8))
        // Another seed, now against the schedule just published: every occurrence keeps its start.
        let second = try CommandRunner.run(["solve", file.path, "--out", out.path, "--iterations", "50000", "--threads", "1", "--seed", "8"])
        #expect(second.status == 0, "\(second.standardError)")
        #expect(starts(try String(contentsOf: csv, encoding: .utf8)) == before)
    }
}
