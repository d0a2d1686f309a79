import ICalendar
import Testing

extension LibicalTests {
    struct LibicalZonesTests {
        @Test func loadsKnownZonesAndNamesTheUnknownOne() throws {
            try LibicalZones.load(["Europe/Paris", "Europe/Rome", "UTC"])
            #expect(throws: ICalendarError.unknownTimeZone("Europe/Atlantis", usedBy: "time zone loading")) {
                try LibicalZones.load(["Europe/Paris", "Europe/Atlantis"])
            }
        }
    }
}
