import Curriculum
import Foundation
import ICalendar
import Testing

/// The schedule's cancellations (tombstones) in the feeds: shown in every feed they apply to, on
/// every run, with names, and a trainer the programme no longer has keeps a feed.
@Suite struct FeedWriterTombstoneTests {
    static func cancelled() -> Cancellation {
        var gone = FeedFixtures.occurrence("talk", date: (2023, 1, 18), from: (9, 0), to: (10, 0), trainers: ["gascoin"])
        gone.title = "Formation des utilisateurs"
        gone.sequence = 2
        gone.lastModified = "2023-01-09T08:00:00Z"
        return Cancellation(occurrence: gone, names: ["trainer:gascoin": "Pascal Gascoin", "room:salle-1": "Salle 1",
                                                      "cohort:promo": "Promotion 2023", "venue:paris": "Maison des associations"])
    }

    @Test func aCancellationStaysInEveryFeedThatHeldIt() throws {
        var schedule = FeedFixtures.schedule()
        schedule.cancellations = [Self.cancelled()]
        let feeds = try FeedWriter.feeds(schedule: schedule, programme: FeedFixtures.programme, previous: schedule, sourceDateEpoch: nil)
        let holding = feeds.filter { $0.text.contains("UID:talk-1@demo-2023.cursus\r\n") }.map(\.fileName)
        #expect(holding == ["demo-2023.ics", "room-salle-1.ics", "cohort-promo.ics", "venue-paris.ics", "trainer-gascoin.ics"])
        let gascoin = try #require(feeds.first { $0.fileName == "trainer-gascoin.ics" })
        #expect(gascoin.title == "Pascal Gascoin · Emancip'Asso; training, week")
        let event = try #require(gascoin.text.components(separatedBy: "BEGIN:VEVENT\r\n").last)
        #expect(event.contains("STATUS:CANCELLED\r\n"))
        #expect(event.contains("SEQUENCE:2\r\n"))
        #expect(event.contains("DTSTAMP:20230109T080000Z\r\n"))
        #expect(event.contains("DESCRIPTION;LANGUAGE=fr:Intervenants\u{202F}: Pascal Gascoin\r\n"))
        // The same input again: the same bytes.
        let again = try FeedWriter.feeds(schedule: schedule, programme: FeedFixtures.programme, previous: schedule, sourceDateEpoch: 1_700_000_000)
        #expect(again.map(\.text) == feeds.map(\.text))
    }

    @Test func aLiveOccurrenceHidesItsCancellation() throws {
        var schedule = FeedFixtures.schedule()
        var back = Self.cancelled()
        back.occurrence = FeedFixtures.defaultEntries[0]
        back.occurrence.sequence = 1
        schedule.cancellations = [back]
        let feeds = try FeedWriter.feeds(schedule: schedule, programme: FeedFixtures.programme, previous: schedule, sourceDateEpoch: nil)
        let programme = try #require(feeds.first { $0.fileName == "demo-2023.ics" })
        #expect(programme.text.components(separatedBy: "UID:welcome-1@demo-2023.cursus\r\n").count == 2)
        #expect(!programme.text.contains("STATUS:CANCELLED"))
    }
}
