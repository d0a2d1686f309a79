import CursusTestSupport
import Foundation
import Testing

/// A speaker's availability changes after publication: re-solving moves the affected events, which
/// keep their UIDs and get SEQUENCE + 1, while every other event of the feed stays byte-identical.
@Suite struct RepublishingTests {
    /// The VEVENT blocks of a feed, by UID.
    static func events(_ feed: String) -> [String: String] {
        var events: [String: String] = [:]
        for block in feed.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
            let event = block.components(separatedBy: "END:VEVENT\r\n")[0]
            let uid = event.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") }!
            events[uid] = event
        }
        return events
    }

    @Test func changedAvailabilityRaisesTheSequenceOfMovedEventsOnly() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let original = try String(contentsOf: PackageRoot.url.appendingPathComponent("curricula/emancipasso-2023.yaml"), encoding: .utf8)
        let file = folder.appendingPathComponent("emancipasso-2023.yaml")
        try original.write(to: file, atomically: true, encoding: .utf8)
        let budget = ["--out", folder.path, "--iterations", "20000", "--threads", "1"]
        #expect(try CommandRunner.run(["solve", file.path] + budget, environment: ["SOURCE_DATE_EPOCH": "1673000000"]).status == 0)
        let feedURL = folder.appendingPathComponent("emancipasso-2023/emancipasso-2023.ics")
        let before = Self.events(try String(contentsOf: feedURL, encoding: .utf8))
        #expect(before.count == 15)

        // Yannick Blanc can no longer come on Monday: only on Tuesday.
        let changed = original.replacingOccurrences(
            of: "      - {date: 2023-01-16, window: afternoon}\n      - {date: 2023-01-17}",
            with: "      - {date: 2023-01-17}")
        #expect(changed != original)
        try changed.write(to: file, atomically: true, encoding: .utf8)
        let rerun = try CommandRunner.run(["solve", file.path] + budget, environment: ["SOURCE_DATE_EPOCH": "1673100000"])
        #expect(rerun.status == 0, "\(rerun.standardError)")
        let after = Self.events(try String(contentsOf: feedURL, encoding: .utf8))

        #expect(Set(after.keys) == Set(before.keys))
        let moved = after.keys.filter { after[$0] != before[$0] }.sorted()
        // Blanc moves to Tuesday morning, PANA and funding to Monday afternoon (the next-best schedule).
        #expect(moved == [
            "UID:associative-world-1@emancipasso-2023.cursus", "UID:funding-1@emancipasso-2023.cursus",
            "UID:pana-1@emancipasso-2023.cursus",
        ])
        for uid in moved {
            #expect(after[uid]!.contains("SEQUENCE:1\r\n"))
            #expect(before[uid]!.contains("SEQUENCE:0\r\n"))
        }
        #expect(after["UID:associative-world-1@emancipasso-2023.cursus"]!.contains("DTSTART;TZID=Europe/Paris:20230117T09"))
    }
}
