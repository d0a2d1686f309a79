import Foundation
import Testing

@Suite struct SolveCommandTests {
    let curriculum = "curricula/echirolles-ateliers-2023.yaml"
    let budget = ["--iterations", "20000", "--threads", "2", "--seed", "7"]

    @Test func writesTheScheduleAndRewritesIdenticalBytes() throws {
        let out = try CommandRunner.temporaryDirectory()
        let first = try CommandRunner.run(["solve", curriculum, "--out", out.path] + budget)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("echirolles-ateliers-2023: 30 occurrences placed, hard 0"))
        let folder = out.appendingPathComponent("echirolles-ateliers-2023")
        let json = try Data(contentsOf: folder.appendingPathComponent("schedule.json"))
        let csv = try String(contentsOf: folder.appendingPathComponent("schedule.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("date,start,end,timezone,session,occurrence,title,module,venue,room,trainers,cohorts\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 30 + 2)

        let second = try CommandRunner.run(["solve", curriculum, "--out", out.path] + budget)
        #expect(second.status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("schedule.json")) == json)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func sourceDateEpochFixesThePublicationTime() throws {
        let out = try CommandRunner.temporaryDirectory()
        let run = try CommandRunner.run(["solve", curriculum, "--out", out.path] + budget, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(run.status == 0)
        let json = try String(contentsOf: out.appendingPathComponent("echirolles-ateliers-2023/schedule.json"), encoding: .utf8)
        #expect(json.contains("\"published\" : \"2023-11-14T22:13:20Z\""))
    }

    @Test func badInputLeavesThePreviousExportsUntouched() throws {
        let out = try CommandRunner.temporaryDirectory()
        #expect(try CommandRunner.run(["solve", curriculum, "--out", out.path] + budget).status == 0)
        let path = out.appendingPathComponent("echirolles-ateliers-2023/schedule.json")
        let before = try Data(contentsOf: path)
        // The same programme id with a broken session: the run fails before writing anything.
        let broken = out.appendingPathComponent("broken.yaml")
        var text = try String(contentsOf: CommandRunner.packageRoot.appendingPathComponent(curriculum), encoding: .utf8)
        text += "\n  - {id: extra, title: Extra, duration: 7h, cohorts: [nobody]}\n"
        try text.write(to: broken, atomically: true, encoding: .utf8)
        let failed = try CommandRunner.run(["solve", broken.path, "--out", out.path] + budget)
        #expect(failed.status == 2)
        #expect(try Data(contentsOf: path) == before)
    }

    @Test func rejectsANonPositiveBudget() throws {
        let run = try CommandRunner.run(["solve", curriculum, "--iterations", "0"])
        #expect(run.status == 64)
        #expect(run.standardError.contains("--iterations must be positive, found 0."))
    }
}
