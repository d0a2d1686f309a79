import CursusTestSupport
import Foundation
import Testing

/// The committed exports, read back by independent tools: Python `icalendar`, `vobject` and `ics` for every feed,
/// `pdftotext` for the booklet.
@Suite struct PublishedExportsTests {
    static let exports = PackageRoot.url("exports")
    static let programmes = ["cluny-mas-2023-2024", "echirolles-ateliers-2023", "emancipasso-2023"]

    /// Status, and standard output followed by standard error.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let run = try ProcessRunner.run(URL(fileURLWithPath: executable), arguments)
        return (run.status, run.standardOutput + run.standardError)
    }

    /// Every feed of every programme reads the same in Python `icalendar` (with `recurring-ical-events`),
    /// `vobject` and `ics`, and matches its schedule.json event by event, in UTC, and its curriculum's
    /// categories (`make test` creates `.venv` with these packages).
    @Test(arguments: programmes)
    func everyFeedMatchesTheSchedule(programme: String) throws {
        let python = PackageRoot.path(".venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python), "run `make venv` first")
        let folder = Self.exports.appendingPathComponent(programme)
        let feeds = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ics") }.sorted()
        #expect(feeds.count >= 4)
        let script = PackageRoot.url.appendingPathComponent("scripts/check-ics.py").path
        let schedule = folder.appendingPathComponent("schedule.json").path
        for feed in feeds {
            let whole = feed == "\(programme).ics"
            let curriculum = PackageRoot.url.appendingPathComponent("curricula/\(programme).yaml").path
            let result = try Self.run(
                python, [script, folder.appendingPathComponent(feed).path, schedule, "--curriculum", curriculum] + (whole ? ["--all"] : [])
            )
            #expect(result.status == 0, "\(programme)/\(feed): \(result.output)")
        }
    }

    /// The Emancip'Asso booklet names every session and speaker, in programme order.
    @Test func emancipassoBookletReadsInProgrammeOrder() throws {
        let folder = Self.exports.appendingPathComponent("emancipasso-2023")
        let text = try Self.run("/usr/bin/pdftotext", ["-layout", folder.appendingPathComponent("emancipasso-2023.pdf").path, "-"]).output
            .replacingOccurrences(of: "\n", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let titles = [
            "Installation et présentation", "Comprendre le monde associatif", "Yannick Blanc", "Panorama des usages",
            "Anne-Laure Michel", "Financer l'accompagnement", "David Ratineau", "Instaurer un dialogue", "Gaëlle Payet",
            "Elsa Da Silva", "Réaliser le diagnostic", "Stéphanie Lucien-Brun", "Du diagnostic aux préconisations",
            "Formation des", "Pascal Gascoin", "Designer une offre de services", "Jean-Christophe Becquet",
            "Développer son réseau", "Laurent Marseault", "Bilan collectif à chaud",
        ]
        var position = text.startIndex
        for title in titles {
            let found = try #require(text.range(of: title, range: position..<text.endIndex), "'\(title)' missing or out of order")
            position = found.upperBound
        }
    }
}
