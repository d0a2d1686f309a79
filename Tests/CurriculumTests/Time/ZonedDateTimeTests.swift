import Curriculum
import Foundation
import Testing

@Suite struct ZonedDateTimeTests {
    private func zoned(_ date: String, _ time: String, _ zone: String) throws -> ZonedDateTime {
        let day = try #require(LocalDate(iso: date))
        let clock = try #require(TimeOfDay(text: time))
        return try #require(ZonedDateTime(date: day, time: clock, zone: zone))
    }

    @Test func parisWinter() throws {
        let t = try zoned("2023-01-16", "13:30", "Europe/Paris")
        #expect(t.iso8601 == "2023-01-16T13:30:00+01:00")
        #expect(t.offsetSeconds == 3600)
        #expect(t.secondsSinceEpoch == 1_673_872_200)
        #expect(t.instant == Date(timeIntervalSince1970: 1_673_872_200))
    }

    @Test func parisSummer() throws {
        let t = try zoned("2023-07-14", "10:00", "Europe/Paris")
        #expect(t.iso8601 == "2023-07-14T10:00:00+02:00")
        #expect(t.offsetSeconds == 7200)
        #expect(t.secondsSinceEpoch == 1_689_321_600)
    }

    @Test func rome() throws {
        let t = try zoned("2023-11-06", "09:00", "Europe/Rome")
        #expect(t.iso8601 == "2023-11-06T09:00:00+01:00")
        #expect(t.secondsSinceEpoch == 1_699_257_600)
    }

    @Test func springForwardDay() throws {
        #expect(try zoned("2023-03-26", "01:30", "Europe/Paris").iso8601 == "2023-03-26T01:30:00+01:00")
        let morning = try zoned("2023-03-26", "09:00", "Europe/Paris")
        #expect(morning.iso8601 == "2023-03-26T09:00:00+02:00")
        #expect(morning.secondsSinceEpoch == 1_679_814_000)
        // 02:30 does not exist that night: it resolves one hour later.
        let skipped = try zoned("2023-03-26", "02:30", "Europe/Paris")
        #expect(skipped.iso8601 == "2023-03-26T03:30:00+02:00")
        #expect(skipped.time == TimeOfDay(hour: 3, minute: 30))
    }

    @Test func fallBackDay() throws {
        let morning = try zoned("2023-10-29", "09:00", "Europe/Rome")
        #expect(morning.iso8601 == "2023-10-29T09:00:00+01:00")
        #expect(morning.secondsSinceEpoch == 1_698_566_400)
        // 02:30 happens twice that night: the first one (summer time) is taken.
        let repeated = try zoned("2023-10-29", "02:30", "Europe/Paris")
        #expect(repeated.iso8601 == "2023-10-29T02:30:00+02:00")
        #expect(repeated.offsetSeconds == 7200)
        #expect(try zoned("2023-10-28", "09:00", "Europe/Paris").offsetSeconds == 7200)
    }

    @Test func endOfDayIsMidnightOfTheNextDate() throws {
        let t = try zoned("2023-12-31", "24:00", "Europe/Paris")
        #expect(t.iso8601 == "2024-01-01T00:00:00+01:00")
        #expect(t.date == LocalDate(year: 2024, month: 1, day: 1))
    }

    @Test func negativeOffset() throws {
        #expect(try zoned("2023-01-16", "09:00", "America/New_York").iso8601 == "2023-01-16T09:00:00-05:00")
    }

    @Test func zoneNames() {
        #expect(ZonedDateTime.isValidZone("Europe/Paris"))
        #expect(ZonedDateTime.isValidZone("Europe/Rome"))
        #expect(ZonedDateTime.isValidZone("UTC"))
        #expect(!ZonedDateTime.isValidZone("Europe/Ravenna"))
        #expect(!ZonedDateTime.isValidZone("europe/paris"))
        #expect(!ZonedDateTime.isValidZone("GMT+1"))
        #expect(!ZonedDateTime.isValidZone(""))
        #expect(ZonedDateTime(date: LocalDate(year: 2023, month: 1, day: 16), time: TimeOfDay(hour: 9), zone: "Paris") == nil)
    }
}
