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

    @Test func aRemovedBlockStaysCancelledInEveryFeedThatHeldIt() throws {
        let published = FeedFixtures.schedule()
        var removed = published
        removed.blocks = []
        var immersion = try #require(published.blocks.first)
        immersion.sequence = 1
        immersion.lastModified = "2023-01-11T08:00:00Z"
        removed.cancelledBlocks = [immersion]
        let uid = "UID:block-immersion@blocks.demo-2023.cursus\r\n"
        // On a later run with unchanged input (`previous` is the schedule as published with its tombstone).
        let feeds = try FeedWriter.feeds(schedule: removed, programme: FeedFixtures.programme, previous: removed, sourceDateEpoch: nil)
        let holding = feeds.filter { $0.text.contains(uid) }.map(\.fileName)
        #expect(holding == ["demo-2023.ics", "cohort-promo.ics"])
        for name in holding {
            let text = try #require(feeds.first { $0.fileName == name }?.text)
            let event = try #require(text.components(separatedBy: "BEGIN:VEVENT\r\n").first { $0.contains(uid) })
            #expect(event.contains("STATUS:CANCELLED\r\n"), "\(name)")
            #expect(event.contains("SEQUENCE:1\r\n"), "\(name)")
            #expect(event.contains("DTSTAMP:20230111T080000Z\r\n"), "\(name)")
            #expect(event.contains("DTSTART;VALUE=DATE:20230201\r\n"), "\(name)")
            #expect(text.components(separatedBy: uid).count == 2, "\(name): the block once")
        }
        let again = try FeedWriter.feeds(schedule: removed, programme: FeedFixtures.programme, previous: removed, sourceDateEpoch: 1_700_000_000)
        #expect(again.map(\.text) == feeds.map(\.text))
        // Published again, the block is live and its tombstone hidden.
        var back = published
        back.cancelledBlocks = [immersion]
        let restored = try FeedWriter.feeds(schedule: back, programme: FeedFixtures.programme, previous: removed, sourceDateEpoch: nil)
        #expect(!(restored.first?.text.contains("STATUS:CANCELLED") ?? true))
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
