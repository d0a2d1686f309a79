import CursusTestSupport
import Foundation
import ICalendar
import Testing

extension LibicalTests {
    /// The feeds of the fixture programme against golden files in `Snapshots/` (re-record with
    /// `RECORD_SNAPSHOTS=1 swift test --filter FeedSnapshotTests`). VTIMEZONE blocks are left out
    /// of the comparison: libical builds them from the machine's tzdata, whose version may differ.
    struct FeedSnapshotTests {
        static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

        static func withoutTimezones(_ text: String) -> String {
            var result: [Substring] = []
            var inside = false
            for line in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
                if line == "BEGIN:VTIMEZONE" { inside = true }
                if !inside { result.append(line) }
                if line == "END:VTIMEZONE" { inside = false }
            }
            return result.joined(separator: "\r\n")
        }

        @Test(arguments: ["demo-2023.ics", "trainer-michel.ics", "cohort-promo.ics"])
        func feedMatchesItsSnapshot(fileName: String) throws {
            let feeds = try FeedWriter.feeds(
                schedule: FeedFixtures.schedule(), programme: FeedFixtures.programme, previous: nil, sourceDateEpoch: nil
            )
            let feed = try #require(feeds.first { $0.fileName == fileName })
            try Snapshot.expect(feed.text, matches: Self.snapshots.appendingPathComponent(fileName), normalizing: Self.withoutTimezones)
        }
    }
}
