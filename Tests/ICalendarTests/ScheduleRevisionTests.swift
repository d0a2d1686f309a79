import Curriculum
import Foundation
import ICalendar
import Testing

struct ScheduleRevisionTests {
    let first = "2023-01-10T12:00:00Z"
    let second = "2023-01-12T18:00:00Z"

    @Test func firstPublicationStartsAtSequenceZero() {
        let revised = ScheduleRevision.revise(FeedFixtures.schedule(), previous: nil, stamp: first)
        #expect(revised.entries.allSatisfy { $0.sequence == 0 && $0.lastModified == first })
        #expect(revised.blocks.allSatisfy { $0.sequence == 0 && $0.lastModified == first })
    }

    @Test func changesInTimePlaceOrTrainersRaiseTheSequence() {
        var previous = ScheduleRevision.revise(FeedFixtures.schedule(), previous: nil, stamp: first)
        previous.entries[0].sequence = 4
        var next = FeedFixtures.schedule(published: second)
        next.entries[0].endTime = TimeOfDay(hour: 15)
        next.entries[1].trainers = []
        next.entries[2].room = "aula-b"
        next.entries[3].venue = "ravenna"
        next.entries[4].title = "Renamed"
        next.blocks[0].to = LocalDate(year: 2023, month: 3, day: 3)
        let revised = ScheduleRevision.revise(next, previous: previous, stamp: second)
        #expect(revised.entries.map(\.sequence) == [5, 1, 1, 1, 0, 0])
        #expect(revised.entries.map(\.lastModified) == [second, second, second, second, second, first])
        #expect(revised.blocks[0].sequence == 1 && revised.blocks[0].lastModified == second)
    }

    @Test func unchangedScheduleKeepsEverything() {
        let previous = ScheduleRevision.revise(FeedFixtures.schedule(), previous: nil, stamp: first)
        let revised = ScheduleRevision.revise(FeedFixtures.schedule(published: second), previous: previous, stamp: second)
        #expect(revised.entries == previous.entries)
        #expect(revised.blocks == previous.blocks)
    }

    @Test func revisingTwiceChangesNothing() {
        let previous = ScheduleRevision.revise(FeedFixtures.schedule(), previous: nil, stamp: first)
        var next = FeedFixtures.schedule(published: second)
        next.entries[0].date = LocalDate(year: 2023, month: 1, day: 18)
        let once = ScheduleRevision.revise(next, previous: previous, stamp: second)
        #expect(ScheduleRevision.revise(once, previous: previous, stamp: second) == once)
    }

    @Test func unchangedMeansNothingToPublish() {
        let previous = ScheduleRevision.revise(FeedFixtures.schedule(), previous: nil, stamp: first)
        #expect(ScheduleRevision.isUnchanged(FeedFixtures.schedule(published: second), since: previous))
        #expect(!ScheduleRevision.isUnchanged(FeedFixtures.schedule(), since: nil))
        var renamed = FeedFixtures.schedule(published: second)
        renamed.entries[2].title = "Look back"
        #expect(!ScheduleRevision.isUnchanged(renamed, since: previous))
        var shorter = FeedFixtures.schedule(published: second)
        shorter.blocks = []
        #expect(!ScheduleRevision.isUnchanged(shorter, since: previous))
    }

    @Test func scheduleJSONWithoutSequencesStillDecodes() throws {
        let plain = FeedFixtures.schedule()
        let data = try JSONEncoder().encode(plain)
        let text = try #require(String(data: data, encoding: .utf8))
        #expect(!text.contains("sequence") && !text.contains("lastModified"))
        #expect(try JSONDecoder().decode(Schedule.self, from: data) == plain)
        let revised = ScheduleRevision.revise(plain, previous: nil, stamp: first)
        #expect(try JSONDecoder().decode(Schedule.self, from: JSONEncoder().encode(revised)) == revised)
    }
}
