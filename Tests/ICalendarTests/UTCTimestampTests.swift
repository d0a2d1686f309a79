@testable import ICalendar
import Testing

struct UTCTimestampTests {
    @Test func readsUTCAndOffsetForms() {
        #expect(UTCTimestamp(iso: "1970-01-01T00:00:00Z")?.seconds == 0)
        #expect(UTCTimestamp(iso: "2023-01-10T12:00:00Z")?.seconds == 1_673_352_000)
        #expect(UTCTimestamp(iso: "2023-01-10T13:00:00+01:00")?.seconds == 1_673_352_000)
        #expect(UTCTimestamp(iso: "2023-01-10T07:00:00-0500")?.seconds == 1_673_352_000)
        #expect(UTCTimestamp(iso: "2023-01-10T12:00:00.750Z")?.seconds == 1_673_352_000)
    }

    @Test func refusesWhatIsNotATimestamp() {
        for text in ["", "2023-01-10", "2023-01-10T12:00:00", "2023-02-30T12:00:00Z", "2023-01-10T25:00:00Z", "2023-01-10T12:00:00+1"] {
            #expect(UTCTimestamp(iso: text) == nil, "\(text)")
        }
    }

    @Test func writesISOAndICalendarForms() {
        let stamp = UTCTimestamp(seconds: 1_700_000_000)
        #expect(stamp.iso == "2023-11-14T22:13:20Z")
        #expect(stamp.icalTime == ICalTime(year: 2023, month: 11, day: 14, hour: 22, minute: 13, second: 20, isUTC: true))
        #expect(UTCTimestamp(seconds: -1).iso == "1969-12-31T23:59:59Z")
        #expect(UTCTimestamp(iso: stamp.iso) == stamp)
    }
}
