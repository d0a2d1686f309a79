import CursusTestSupport
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
        var text = try String(contentsOf: PackageRoot.url.appendingPathComponent(curriculum), encoding: .utf8)
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

@Suite struct ExportCommandTests {
    @Test func rewritesEveryExportFromThePublishedSchedule() throws {
        let out = try CommandRunner.temporaryDirectory()
        let curriculum = "curricula/echirolles-ateliers-2023.yaml"
        #expect(try CommandRunner.run(["solve", curriculum, "--out", out.path, "--iterations", "20000", "--threads", "2"]).status == 0)
        let folder = out.appendingPathComponent("echirolles-ateliers-2023")
        let before = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(before.contains("echirolles-ateliers-2023.ics"))
        #expect(before.contains("echirolles-ateliers-2023.pdf"))
        #expect(before.contains("index.html"))
        #expect(before.contains("trainer-conseiller-1.ics"))
        let json = try Data(contentsOf: folder.appendingPathComponent("schedule.json"))
        let feed = try Data(contentsOf: folder.appendingPathComponent("echirolles-ateliers-2023.ics"))

        let export = try CommandRunner.run(["export", curriculum, "--out", out.path, "--paper", "a4"])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == before)
        #expect(try Data(contentsOf: folder.appendingPathComponent("schedule.json")) == json)
        #expect(try Data(contentsOf: folder.appendingPathComponent("echirolles-ateliers-2023.ics")) == feed)
    }

    /// Without hyphenation dictionaries (none under `XDG_DATA_DIRS`) the booklet is still written,
    /// and a located warning says its text is not hyphenated.
    @Test func aMissingHyphenationDictionaryIsAWarning() throws {
        let out = try CommandRunner.temporaryDirectory()
        try FileManager.default.copyItem(
            at: PackageRoot.url.appendingPathComponent("exports/emancipasso-2023"), to: out.appendingPathComponent("emancipasso-2023")
        )
        let curriculum = "curricula/emancipasso-2023.yaml"
        let text = try String(contentsOf: PackageRoot.url.appendingPathComponent(curriculum), encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let line = try #require(lines.firstIndex { $0.hasPrefix("language:") })
        let column = try #require(lines[line].range(of: "fr")).lowerBound.utf16Offset(in: lines[line]) + 1
        let export = try CommandRunner.run(["export", curriculum, "--out", out.path], environment: ["XDG_DATA_DIRS": "/nonexistent"])
        #expect(export.status == 0, "\(export.standardError)")
        #expect(export.standardError.contains(
            "\(curriculum):\(line + 1):\(column): warning: no hyphenation dictionary for language \"fr\" (no hyph_fr*.dic in /nonexistent/hyphen;"
        ), "\(export.standardError)")
        let pdf = try Data(contentsOf: out.appendingPathComponent("emancipasso-2023/emancipasso-2023.pdf"))
        #expect(pdf.starts(with: Data("%PDF".utf8)))
    }

    @Test func withoutAPublishedScheduleItIsBadInput() throws {
        let out = try CommandRunner.temporaryDirectory()
        let export = try CommandRunner.run(["export", "curricula/emancipasso-2023.yaml", "--out", out.path])
        #expect(export.status == 2)
        #expect(export.standardError.contains("emancipasso-2023/schedule.json: error: no published schedule; run `cursus solve curricula/emancipasso-2023.yaml` first"))
    }
}
