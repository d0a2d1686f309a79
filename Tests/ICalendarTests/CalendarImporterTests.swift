import Curriculum
@testable import ICalendar
import Testing

struct CalendarImporterTests {
    static let fixtures = String(#filePath.dropLast("CalendarImporterTests.swift".count)) + "Fixtures/"

    @Test func smoke() throws {
        for name in ["google-busy.ics", "outlook-busy.ics", "freebusy.ics"] {
            let busy = try CalendarImporter.busyIntervals(path: Self.fixtures + name, from: LocalDate(year: 2023, month: 1, day: 1), to: LocalDate(year: 2023, month: 4, day: 30), timezone: "Europe/Paris")
            for b in busy { print(name, UTCTimestamp(seconds: b.start).iso, UTCTimestamp(seconds: b.end).iso, b.allDay, b.summary) }
        }
        print(try CalendarImporter.closedDates(path: Self.fixtures + "holidays-fr.ics", from: LocalDate(year: 2023, month: 1, day: 1), to: LocalDate(year: 2023, month: 12, day: 31)))
        for name in ["malformed-value.ics", "missing-dtstart.ics", "unknown-tzid.ics", "runaway-rrule.ics", "not-a-calendar.ics", "nope.ics"] {
            do { _ = try CalendarImporter.busyIntervals(path: Self.fixtures + name, from: LocalDate(year: 2023, month: 1, day: 1), to: LocalDate(year: 2023, month: 12, day: 31), timezone: "Europe/Paris") ; print(name, "NO ERROR") }
            catch { print(error) }
        }
    }
}
