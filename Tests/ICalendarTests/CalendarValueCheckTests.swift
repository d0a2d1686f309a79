import Curriculum
import Foundation
@testable import ICalendar
import Testing

extension LibicalTests {
    /// Hostile calendars (Fixtures/hostile-*.ics): impossible values are located errors, and runaway
    /// recurrences are clipped to the period or stopped by the file's bounds.
    struct CalendarValueCheckTests {
        static let fixtures = CalendarImporterTests.fixtures
        let from = LocalDate(year: 2023, month: 1, day: 1)
        let to = LocalDate(year: 2023, month: 4, day: 30)

        func message(_ name: String) -> String? {
            do {
                _ = try CalendarImporter.busyIntervals(path: Self.fixtures + name, from: from, to: to, timezone: "Europe/Paris")
                return nil
            } catch {
                return (error as? ICalendarError)?.description.replacingOccurrences(of: Self.fixtures, with: "")
            }
        }

        @Test func impossibleValuesAreLocatedErrors() {
            #expect(message("hostile-impossible-date.ics") == """
                hostile-impossible-date.ics:7: VEVENT "Thirtieth of February" (UID feb30@example.org) at line 4: \
                DTSTART 20240230T090000Z: month 2 of 2024 has 29 days, not 30.
                """)
            #expect(message("hostile-impossible-time.ics") == """
                hostile-impossible-time.ics:7: VEVENT "Too late" (UID late@example.org) at line 4: \
                DTSTART 20230116T250000Z: there is no time 25:00:00.
                """)
            #expect(message("hostile-dtend-before-dtstart.ics") == """
                hostile-dtend-before-dtstart.ics:8: VEVENT "Backwards" (UID backwards@example.org) at line 4: \
                DTEND 20230116T090000Z is before DTSTART 20230116T100000Z.
                """)
            #expect(message("hostile-offset-banana.ics") == """
                hostile-offset-banana.ics:8: STANDARD at line 6: TZOFFSETFROM banana: expected a UTC offset such as +0100 or -053000.
                """)
            #expect(message("hostile-zone-every-second.ics") == """
                hostile-zone-every-second.ics:10: STANDARD at line 6: a time zone rule must repeat yearly (FREQ=YEARLY), \
                found RRULE FREQ=SECONDLY.
                """)
        }

        @Test func recurrencesAreClippedToThePeriod() throws {
            // Every 1440 minutes since year 1: one instance a day of the period, found without
            // iterating over two thousand years.
            let daily = try CalendarImporter.busyIntervals(
                path: Self.fixtures + "hostile-minutely-since-year-one.ics", from: from, to: to, timezone: "UTC"
            )
            #expect(daily.count == 120)
            #expect(daily.first.map { UTCTimestamp(seconds: $0.start).iso } == "2023-01-01T00:00:00Z")
            // All-day events over years 1-9999: the period's dates only.
            let closed = try CalendarImporter.closedDates(path: Self.fixtures + "hostile-ten-millennia.ics", from: from, to: to)
            #expect(closed.count == 120 * 8)
        }

        @Test func aTrainerBusyForTenThousandYearsCostsOnlyThePeriod() throws {
            let text = """
                id: demo
                title: Demo
                calendar:
                  start: 2023-01-02
                  end: 2023-01-06
                  windows: [{name: morning, start: "09:00", end: "12:00"}]
                venues: [{id: paris, name: Paris, country: FR}]
                trainers: [{id: ada, name: Ada, busy_calendar: \(Self.fixtures)hostile-ten-millennia.ics}]
                sessions: [{id: intro, title: Intro, duration: 1h, trainers: ada}]
                """
            let programme = try ImportedCalendars.resolve(CurriculumLoader().load(text: text, file: "demo.yaml"))
            // Eight events, each one whole day on each of the five dates.
            #expect(programme.trainers[0].unavailable.count == 8 * 5)
            #expect(Set(programme.trainers[0].unavailable.flatMap(\.dates)).count == 5)
        }

        @Test func theFileBoundsStopRunawayRecurrences() {
            #expect(message("hostile-sixty-runaways.ics") == """
                hostile-sixty-runaways.ics: VEVENT "Runaway 4" (UID runaway-4@example.org): the recurrences of the file need more \
                than 200000 steps to expand over the period.
                Maybe export only the months the programme covers, or check the RRULEs.
                """)
        }

        @Test func aFIFOIsRefusedWithoutBlocking() throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-fifo-\(getpid()).ics").path
            #expect(mkfifo(path, 0o600) == 0)
            defer { unlink(path) }
            #expect(throws: ICalendarError.unreadableFile(path: path, reason: "it is a FIFO, not a regular file")) {
                try CalendarImporter.busyIntervals(path: path, from: from, to: to, timezone: "UTC")
            }
        }

        @Test func datesAndOffsetsAreCheckedByTheCalendarRules() {
            #expect(CalendarValueCheck.dateProblem("20240229") == nil)
            #expect(CalendarValueCheck.dateProblem("20230229") == "month 2 of 2023 has 28 days, not 29")
            #expect(CalendarValueCheck.dateProblem("20231301T000000") == "there is no month 13")
            #expect(CalendarValueCheck.dateProblem("20231231T235960Z") == nil)
            #expect(CalendarValueCheck.isOffset("+0100") && CalendarValueCheck.isOffset("-053000"))
            #expect(!CalendarValueCheck.isOffset("+2400") && !CalendarValueCheck.isOffset("0100") && !CalendarValueCheck.isOffset("+01:00"))
        }
    }
}
