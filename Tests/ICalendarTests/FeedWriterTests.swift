import Curriculum
@testable import ICalendar
import Testing

struct FeedWriterTests {
    @Test func smoke() throws {
        let feeds = try FeedWriter.feeds(schedule: FeedFixtures.schedule(), programme: FeedFixtures.programme, previous: nil, sourceDateEpoch: nil)
        print(feeds.map(\.fileName))
        print(feeds[0].text)
    }
}
