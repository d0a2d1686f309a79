import CursusTestSupport
import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test(arguments: ["emancipasso-2023", "cluny-mas-2023-2024", "echirolles-ateliers-2023"])
    func bundledCurriculumIsValid(id: String) throws {
        let output = try CommandRunner.run(["check", "curricula/\(id).yaml"])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.hasPrefix("Programme \(id):"))
        #expect(output.standardOutput.contains("Teaching dates:"))
    }

    @Test func clunySummaryNamesTheClosures() throws {
        let output = try CommandRunner.run(["check", "curricula/cluny-mas-2023-2024.yaml"])
        #expect(output.standardOutput.contains("2023-12-08 Immacolata Concezione (ravenna)"))
        #expect(output.standardOutput.contains("2023-12-25 Noël (cluny)"))
    }

    @Test func everyProblemIsReportedWithItsPositionAndExitStatusTwo() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("broken.yaml")
        try """
            id: broken
            title: Broken
            calendar:
              start: 2023-01-16
              end: 2023-01-20
              windows: [{name: morning, start: "09:00", end: "12:30"}]
            venues: [{id: paris, name: Paris, country: FR}]
            sessions:
              - {id: talk, title: Talk, duration: 1h, trainers: [yanick]}
            trainers: [{id: yannick, name: Yannick Blanc}]
            """.write(to: file, atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["check", file.path])
        #expect(output.status == 2)
        #expect(output.standardError.contains("\(file.path):9:"))
        #expect(output.standardError.contains("did you mean 'yannick'?"))
        #expect(output.standardOutput.isEmpty)
    }

    @Test func languagesWithoutLabelsAreBadInputNamingTheAvailableOnes() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("dutch.yaml")
        try """
            id: dutch
            title: Cursus
            language: nl
            calendar:
              start: 2023-01-16
              end: 2023-01-20
              windows: [{name: morning, start: "09:00", end: "12:30"}]
            venues: [{id: utrecht, name: Utrecht, country: FR}]
            sessions:
              - {id: talk, title: Talk, duration: 1h}
              - {id: lezing, title: Lezing, language: pt-BR, duration: 1h}
            """.write(to: file, atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["check", file.path])
        #expect(output.status == 2)
        #expect(output.standardError == """
            \(file.path):3:11: error: no labels in language 'nl' for the timetables and booklet; available: de, en, es, fr, it
            \(file.path):11:5: error: no labels in language 'pt-BR' for the timetables and booklet; available: de, en, es, fr, it

            """)
        #expect(output.standardOutput.isEmpty)
        // The same programme in German is valid.
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "language: nl", with: "language: de")
            .replacingOccurrences(of: "language: pt-BR", with: "language: es").write(to: file, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["check", file.path]).status == 0)
    }

    @Test func missingFileIsBadInput() throws {
        let output = try CommandRunner.run(["check", "curricula/no-such-file.yaml"])
        #expect(output.status == 2)
        #expect(output.standardError.contains("curricula/no-such-file.yaml:1:1: error: cannot read curriculum file"))
    }

    @Test func helpListsEverySubcommand() throws {
        let output = try CommandRunner.run(["--help"])
        #expect(output.status == 0)
        for command in ["check", "solve"] { #expect(output.standardOutput.contains(command)) }
    }
}
