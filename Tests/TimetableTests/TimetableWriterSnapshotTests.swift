import Curriculum
import Foundation
import PrintTestSupport
import Testing
import Timetable

/// The HTML pages of the samples against the golden files in `Snapshots/<programme>/`;
/// `RECORD_SNAPSHOTS=1 swift test --filter TimetableWriterSnapshotTests` re-records them.
@Suite struct TimetableWriterSnapshotTests {
    @Test(arguments: [PrintSamples.emancipasso, PrintSamples.ravenna].map(\.programme.id))
    func pagesMatchTheSnapshots(programmeID: String) throws {
        let (programme, schedule) = try #require([PrintSamples.emancipasso, PrintSamples.ravenna].first { $0.programme.id == programmeID })
        let pages = TimetableWriter.pages(
            schedule: schedule, programme: programme, feeds: ["\(programme.id).ics"],
            options: TimetableOptions(feedBaseURL: "https://agenda.example.org/\(programme.id)/")
        )
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(programme.id)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try? FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for page in pages {
                try Data(page.html.utf8).write(to: folder.appendingPathComponent(page.fileName))
            }
            return
        }
        let recorded = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(recorded == pages.map(\.fileName).sorted())
        for page in pages {
            let expected = try String(decoding: Data(contentsOf: folder.appendingPathComponent(page.fileName)), as: UTF8.self)
            let actualLines = page.html.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = Array(zip(actualLines, expectedLines)).firstIndex { $0 != $1 } ?? min(actualLines.count, expectedLines.count)
            #expect(page.html == expected, """
                \(page.fileName) differs from its snapshot at line \(firstDifference + 1):
                  got:      \(firstDifference < actualLines.count ? String(actualLines[firstDifference]) : "<end>")
                  expected: \(firstDifference < expectedLines.count ? String(expectedLines[firstDifference]) : "<end>")
                """)
        }
    }
}
