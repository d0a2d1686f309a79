import Curriculum
import CursusTestSupport
import Foundation
@testable import ICalendar
import Testing

extension LibicalTests {
    /// The committed feeds of `exports/`, read back through libical: no parse error, every event at
    /// the UTC times of `schedule.json`, one CATEGORIES holding the curriculum's categories.
    struct BundledFeedsTests {
        static let root = PackageRoot.url
        static let programmes = ["cluny-mas-2023-2024", "echirolles-ateliers-2023", "emancipasso-2023"]

        @Test(arguments: programmes)
        func everyFeedReadsBackAsTheScheduleSays(programme id: String) throws {
            let folder = Self.root.appendingPathComponent("exports/\(id)")
            let programme = try CurriculumLoader().load(path: Self.root.appendingPathComponent("curricula/\(id).yaml").path)
            let schedule = try JSONDecoder().decode(Schedule.self, from: Data(contentsOf: folder.appendingPathComponent("schedule.json")))
            let entries = Dictionary(uniqueKeysWithValues: schedule.entries.map { (FeedEvent.uid(of: $0, programme: id), $0) })
            let feeds = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".ics") }.sorted()
            #expect(feeds.count >= 4)
            var checked = 0
            for name in feeds {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let feed = FeedInspection(text)
                #expect(feed.errors.isEmpty, "\(name): \(feed.errors)")
                #expect(feed.calendarProperties["X-WR-CALNAME"].map { !$0.isEmpty && $0.count <= FeedScope.maximumNameLength } == true, "\(name)")
                for event in feed.events where event.status != "CANCELLED" {
                    guard let entry = entries[event.uid] else { continue }
                    #expect(UTCTimestamp(iso: entry.start)?.seconds == event.start, "\(name) \(event.uid) start")
                    #expect(UTCTimestamp(iso: entry.end)?.seconds == event.end, "\(name) \(event.uid) end")
                    let session = programme.sessions.first { $0.id == entry.session }
                    let module = programme.modules.first { $0.id == session?.module }
                    var categories: [String] = []
                    for value in [session?.category, module?.title].compactMap({ $0 }) where !categories.contains(value) { categories.append(value) }
                    #expect(event.categories == categories, "\(name) \(event.uid)")
                    #expect(event.text.components(separatedBy: "\r\nCATEGORIES").count == (categories.isEmpty ? 1 : 2), "\(name) \(event.uid)")
                    checked += 1
                }
            }
            #expect(checked >= schedule.entries.count)
        }
    }
}
