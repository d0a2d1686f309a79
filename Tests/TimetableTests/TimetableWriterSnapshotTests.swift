import Curriculum
import CursusTestSupport
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
        if Snapshot.isRecording { try? FileManager.default.removeItem(at: folder) }
        for page in pages {
            try Snapshot.expect(page.html, matches: folder.appendingPathComponent(page.fileName))
        }
        let recorded = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(recorded == pages.map(\.fileName).sorted())
    }
}
