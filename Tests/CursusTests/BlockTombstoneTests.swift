import CursusTestSupport
import Foundation
import Testing

/// A block (the Cluny immersion, an all-day period) removed from a published programme stays
/// cancelled in every feed that held it, on that run and on the next two with unchanged input.
@Suite struct BlockTombstoneTests {
    static let programme = "cluny-mas-2023-2024"

    @Test func aRemovedBlockStaysCancelledRunAfterRun() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("\(Self.programme).yaml")
        let original = try String(contentsOf: PackageRoot.url.appendingPathComponent("curricula/\(Self.programme).yaml"), encoding: .utf8)
        try original.write(to: file, atomically: true, encoding: .utf8)
        let exports = folder.appendingPathComponent(Self.programme)
        func solve(epoch: Int) throws -> CommandRunner.Output {
            try CommandRunner.run(
                ["solve", file.path, "--out", folder.path, "--iterations", "3000", "--threads", "1"], environment: ["SOURCE_DATE_EPOCH": String(epoch)])
        }
        func feeds() throws -> [String: String] {
            var feeds: [String: String] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: exports.path) where name.hasSuffix(".ics") {
                feeds[name] = try String(contentsOf: exports.appendingPathComponent(name), encoding: .utf8)
            }
            return feeds
        }
        let uid = "UID:block-immersion@blocks.\(Self.programme).cursus"
        let first = try solve(epoch: 1_690_000_000)
        #expect(first.status == 0, "\(first.standardError)")
        let held = try feeds().filter { $0.value.contains(uid) }.keys.sorted()
        #expect(held == ["cluny-mas-2023-2024.ics", "cohort-promo-2023-2024.ics"])

        let blocks = try #require(original.range(of: "\nblocks:\n")), rules = try #require(original.range(of: "\nrules:\n"))
        try String(original[..<blocks.lowerBound] + original[rules.lowerBound...]).write(to: file, atomically: true, encoding: .utf8)
        let removed = try solve(epoch: 1_690_100_000)
        #expect(removed.status == 0, "\(removed.standardError)")
        #expect(removed.standardOutput.contains(
            "\(Self.programme): no session changed against the published schedule, but its blocks did (releases list sessions only)\n"))
        let cancelled = try feeds()
        for name in held {
            let feed = try #require(cancelled[name], "\(name)")
            let event = try #require(RepublishingTests.events(feed)[uid], "\(name)")
            #expect(event.contains("STATUS:CANCELLED\r\n"), "\(name)")
            #expect(event.contains("SEQUENCE:1\r\n"), "\(name)")
            #expect(event.contains("DTSTART;VALUE=DATE:20240318\r\n"), "\(name)")
        }
        for epoch in [1_690_200_000, 1_690_300_000] {
            let again = try solve(epoch: epoch)
            #expect(again.standardOutput.contains("\(Self.programme): no change against the published schedule\n"))
            #expect(try feeds() == cancelled)
        }
    }
}
