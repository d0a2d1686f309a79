import Curriculum
import Foundation
@testable import ICalendar
import Testing

extension LibicalTests {
    struct CalendarImporterTests {
        static let fixtures = String(#filePath.dropLast("CalendarImporterTests.swift".count)) + "Fixtures/"
        let january = LocalDate(year: 2023, month: 1, day: 1)
        let april = LocalDate(year: 2023, month: 4, day: 30)

        func busy(_ name: String, to: LocalDate? = nil) throws -> [String] {
            try CalendarImporter.busyIntervals(path: Self.fixtures + name, from: january, to: to ?? april, timezone: "Europe/Paris")
                .map { "\(UTCTimestamp(seconds: $0.start).iso) \(UTCTimestamp(seconds: $0.end).iso)\($0.allDay ? " all-day" : "") \($0.summary)" }
        }

        func error(_ name: String) -> ICalendarError? {
            do {
                _ = try CalendarImporter.busyIntervals(path: Self.fixtures + name, from: january, to: april, timezone: "Europe/Paris")
                return nil
            } catch {
                return error as? ICalendarError
            }
        }

        @Test func googleExportWithRecurrenceExceptionsOverridesAndAllDayEvents() throws {
            // Paris is UTC+1 until 26 March 2023, UTC+2 after.
            let weekly = ["01-02", "01-09", "02-06", "02-13", "02-20", "02-27", "03-06", "03-13", "03-20"]
                .map { "2023-\($0)T09:00:00Z 2023-\($0)T10:00:00Z Réunion d'équipe" }
                + ["03-27", "04-03", "04-10", "04-17", "04-24"].map { "2023-\($0)T08:00:00Z 2023-\($0)T09:00:00Z Réunion d'équipe" }
            let expected = weekly + [
                "2023-01-18T13:00:00Z 2023-01-18T15:00:00Z Conference call (UTC)",
                "2023-01-18T23:00:00Z 2023-01-20T23:00:00Z all-day Séminaire La Fonda",
                "2023-01-20T08:00:00Z 2023-01-20T09:00:00Z Dentist (floating time)",
                "2023-01-23T13:00:00Z 2023-01-23T14:00:00Z Réunion d'équipe (décalée)",
                // EXDATE;VALUE=DATE removes the timed instance of 9 February.
                "2023-02-02T17:00:00Z 2023-02-02T18:00:00Z Chorale",
                "2023-02-16T17:00:00Z 2023-02-16T18:00:00Z Chorale",
                "2023-03-22T08:00:00Z 2023-03-22T10:00:00Z Cours du mercredi",
                "2023-03-29T07:00:00Z 2023-03-29T09:00:00Z Cours du mercredi",
                "2023-04-05T07:00:00Z 2023-04-05T09:00:00Z Cours du mercredi",
            ]
            // 16 January is an EXDATE, 30 January a cancelled override; the transparent birthday
            // and the cancelled meeting are not busy.
            #expect(try busy("google-busy.ics") == expected.sorted())
        }

        @Test(arguments: ["google-busy.ics", "outlook-busy.ics"])
        func eachBusyTimeIsCitedAtItsOwnEvent(_ name: String) throws {
            let lines = try String(contentsOfFile: Self.fixtures + name, encoding: .utf8)
                .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            let busy = try CalendarImporter.busyIntervals(path: Self.fixtures + name, from: january, to: april, timezone: "Europe/Paris")
            #expect(!busy.isEmpty)
            for interval in busy {
                let line = try #require(interval.line, "\(interval.summary) has no line")
                // The cited line opens a VEVENT whose own SUMMARY is the interval's (an override,
                // which shares its series' UID, is cited at its own component).
                try #require(line >= 1 && line <= lines.count, "\(name):\(line) is past the end of the file")
                #expect(lines[line - 1] == "BEGIN:VEVENT")
                let event = lines[line...].prefix { $0 != "END:VEVENT" }
                #expect(event.contains { $0.hasPrefix("SUMMARY") && $0.hasSuffix(":" + interval.summary) }, "\(name):\(line) is not '\(interval.summary)'")
            }
        }

        @Test func outlookExportWithWindowsAndPrefixedTimeZoneIDs() throws {
            #expect(try busy("outlook-busy.ics") == [
                "2023-01-17T08:00:00Z 2023-01-17T11:00:00Z Comité de pilotage Animafac",
                "2023-01-24T15:00:00Z 2023-01-24T16:00:00Z Windows zone without VTIMEZONE",
                "2023-01-24T23:00:00Z 2023-01-25T23:00:00Z all-day Congé",
                "2023-01-26T09:00:00Z 2023-01-26T10:00:00Z Prefixed TZID (Thunderbird)",
                "2023-01-27T09:00:00Z 2023-01-27T10:00:00Z Prefixed TZID (libical)",
                "2023-03-28T08:00:00Z 2023-03-28T09:30:00Z Formation interne (après le passage à l'heure d'été)",
                "2023-03-29T08:00:00Z 2023-03-29T09:30:00Z Formation interne (après le passage à l'heure d'été)",
                "2023-03-30T08:00:00Z 2023-03-30T09:30:00Z Formation interne (après le passage à l'heure d'été)",
            ])
        }

        @Test func freeBusyPeriodsOtherThanFree() throws {
            #expect(try busy("freebusy.ics") == [
                "2023-01-16T08:00:00Z 2023-01-16T10:00:00Z busy",
                "2023-01-17T12:00:00Z 2023-01-17T13:00:00Z busy",
                "2023-01-18T14:00:00Z 2023-01-18T15:30:00Z busy",
                "2023-03-01T08:00:00Z 2023-03-01T09:00:00Z busy",
            ])
            #expect(try busy("freebusy.ics", to: LocalDate(year: 2023, month: 1, day: 17)).count == 2)
        }

        @Test func recurrenceWithoutEndStopsAtThePeriodEnd() throws {
            let january = try busy("google-busy.ics", to: LocalDate(year: 2023, month: 1, day: 31))
            #expect(january.filter { $0.contains("Réunion") }.count == 3)
            #expect(january.allSatisfy { $0 < "2023-02" })
            let far = try CalendarImporter.busyIntervals(
                path: Self.fixtures + "google-busy.ics", from: LocalDate(year: 2030, month: 6, day: 1),
                to: LocalDate(year: 2030, month: 6, day: 30), timezone: "Europe/Paris"
            )
            // Mondays of June 2030 at 10:00 summer time.
            #expect(far.map { UTCTimestamp(seconds: $0.start).iso } == ["03", "10", "17", "24"].map { "2030-06-\($0)T08:00:00Z" })
        }

        @Test func closedDatesFromAllDayEventsOnly() throws {
            let path = Self.fixtures + "holidays-fr.ics"
            let closed = try CalendarImporter.closedDates(
                path: path, from: LocalDate(year: 2023, month: 1, day: 1), to: LocalDate(year: 2023, month: 12, day: 31)
            )
            let file = SourceLocation(file: path, line: 0, column: 0)
            let winter = LocalDate(year: 2023, month: 2, day: 18).through(LocalDate(year: 2023, month: 3, day: 5))
            #expect(closed == winter.map { ClosedDate(date: $0, reason: "Vacances d'hiver, zone C", source: file) } + [
                ClosedDate(date: LocalDate(year: 2023, month: 4, day: 10), reason: "Lundi de Pâques", source: file),
                ClosedDate(date: LocalDate(year: 2023, month: 5, day: 1), reason: "Fête du Travail", source: file),
            ])
            let stated = SourceLocation(file: "demo.yaml", line: 12, column: 7)
            let clipped = try CalendarImporter.closedDates(
                path: path, from: LocalDate(year: 2024, month: 3, day: 1), to: LocalDate(year: 2024, month: 5, day: 31),
                venue: "paris", source: stated
            )
            #expect(clipped == [ClosedDate(date: LocalDate(year: 2024, month: 5, day: 1), reason: "Fête du Travail", venue: "paris", source: stated)])
        }

        @Test func programmeCalendarFilesAndTrainerBusyCalendars() throws {
            var programme = FeedFixtures.programme
            let stated = SourceLocation(file: "demo.yaml", line: 20, column: 5)
            programme.calendar.closures = [
                Closure(kind: .publicHolidays(country: .france, region: nil)),
                Closure(kind: .calendarFile(path: Self.fixtures + "holidays-fr.ics"), venue: "ravenna", location: stated),
            ]
            let closed = try CalendarImporter.closedDates(of: programme)
            #expect(closed.map(\.date) == LocalDate(year: 2023, month: 2, day: 18).through(LocalDate(year: 2023, month: 3, day: 5)))
            #expect(closed.allSatisfy { $0.venue == "ravenna" && $0.source == stated })
            let trainer = Trainer(id: "michel", name: "Anne-Laure Michel", busyCalendar: Self.fixtures + "outlook-busy.ics")
            let busy = try CalendarImporter.busyIntervals(of: trainer, in: programme)
            #expect(busy.count == 8)
            #expect(try CalendarImporter.busyIntervals(of: programme.trainers[0], in: programme).isEmpty)
        }

        @Test func malformedInputIsAnErrorNamingFileAndComponent() {
            let path = Self.fixtures
            #expect(error("malformed-value.ics")?.description.hasPrefix(
                path + "malformed-value.ics:7: VEVENT \"Broken date\" (UID broken-date@example.org) at line 4: DTSTART 2023-01-16 09:00: expected a date"
            ) == true)
            #expect(error("missing-dtstart.ics") == .missingStart(
                path: path + "missing-dtstart.ics", component: "VEVENT \"No start\" (UID no-start@example.org)"
            ))
            #expect(error("unknown-tzid.ics") == .unknownTimeZoneID(
                path: path + "unknown-tzid.ics", line: 7, component: "VEVENT \"Meeting on Mars\" (UID mars@example.org)", tzid: "Mars/Olympus_Mons"
            ))
            #expect(error("runaway-rrule.ics") == .tooManyOccurrences(
                path: path + "runaway-rrule.ics", component: "VEVENT \"Every second\" (UID every-second@example.org)",
                limit: EventExpander.maximumInstances
            ))
            #expect(error("not-a-calendar.ics") == .notACalendar(path: path + "not-a-calendar.ics"))
            #expect(error("absent.ics") == .unreadableFile(path: path + "absent.ics", reason: "no such file"))
        }

        @Test func errorMessagesNameFileComponentAndHint() {
            #expect(error("unknown-tzid.ics")?.description == """
                \(Self.fixtures)unknown-tzid.ics:7: VEVENT "Meeting on Mars" (UID mars@example.org) uses time zone \
                'Mars/Olympus_Mons', which the file does not define and Cursus does not know.
                Maybe export the calendar with its time zones (VTIMEZONE) included.
                """)
            #expect(error("missing-dtstart.ics")?.description
                == "\(Self.fixtures)missing-dtstart.ics: VEVENT \"No start\" (UID no-start@example.org) has no readable DTSTART.")
        }

        @Test func emptyPropertiesOtherThanTimesAreTolerated() {
            #expect(CalendarFile.isHarmless("No value for LOCATION property. Removing entire property:"))
            #expect(!CalendarFile.isHarmless("No value for DTEND property. Removing entire property:"))
            #expect(!CalendarFile.isHarmless("Got a data line, but could not find a property name or component begin tag: FOO"))
        }

        @Test func fileOverTheLimitIsRefused() throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-ics-\(getpid())-large.ics").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let size = CalendarFile.maximumBytes + 1
            #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: UInt8(ascii: "X"), count: size)))
            #expect(throws: ICalendarError.fileTooLarge(path: path, bytes: size, limit: CalendarFile.maximumBytes)) {
                try CalendarImporter.busyIntervals(path: path, from: january, to: april, timezone: "Europe/Paris")
            }
        }

        @Test func endlessOrNonRegularFilesAreRefused() {
            #expect(throws: ICalendarError.unreadableFile(path: "/dev/zero", reason: "it is a device, not a regular file")) {
                try CalendarImporter.closedDates(path: "/dev/zero", from: january, to: april)
            }
            #expect(throws: ICalendarError.unreadableFile(path: Self.fixtures, reason: "it is a folder, not a regular file")) {
                try CalendarImporter.closedDates(path: Self.fixtures, from: january, to: april)
            }
            #expect(ICalendarError.fileTooLarge(path: "big.ics", bytes: 20_000_000, limit: 10_485_760).description == """
                big.ics: the calendar has 20000000 bytes or more, over the 10485760 bytes Cursus reads.
                Maybe export only the months the programme covers.
                """)
        }

        @Test func severalCalendarsInOneFile() throws {
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-ics-\(getpid())-two.ics").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            let one = try String(contentsOfFile: Self.fixtures + "freebusy.ics", encoding: .utf8)
            let two = try String(contentsOfFile: Self.fixtures + "outlook-busy.ics", encoding: .utf8)
            try (one + two).write(toFile: path, atomically: true, encoding: .utf8)
            let busy = try CalendarImporter.busyIntervals(path: path, from: january, to: april, timezone: "Europe/Paris")
            #expect(busy.count == 4 + 8)
        }

        /// Every cut and every one-line deletion of the real-looking fixtures either reads or fails
        /// with an `ICalendarError`: libical neither crashes nor hangs on them.
        @Test(arguments: ["google-busy.ics", "outlook-busy.ics", "freebusy.ics", "holidays-fr.ics"])
        func damagedFilesFailCleanly(fixture: String) throws {
            let text = try String(contentsOfFile: Self.fixtures + fixture, encoding: .utf8)
            let lines = text.components(separatedBy: "\r\n")
            var variants = stride(from: 0, to: text.utf8.count, by: 97).map { String(decoding: Array(text.utf8.prefix($0)), as: UTF8.self) }
            variants += lines.indices.map { index in lines.enumerated().filter { $0.offset != index }.map(\.element).joined(separator: "\r\n") }
            variants += lines.indices.map { index in
                lines.enumerated().map { $0.offset == index ? String($0.element.reversed()) : $0.element }.joined(separator: "\r\n")
            }
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-ics-\(getpid())-damaged-\(fixture)").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            var failures = 0
            for variant in variants {
                try variant.write(toFile: path, atomically: false, encoding: .utf8)
                do {
                    _ = try CalendarImporter.busyIntervals(path: path, from: january, to: april, timezone: "Europe/Paris")
                    _ = try CalendarImporter.closedDates(path: path, from: january, to: april)
                } catch is ICalendarError {
                    failures += 1
                }
            }
            #expect(failures > 0)
            #expect(failures < variants.count)
        }

        @Test func everyWindowsZoneMapsToAZoneOfTheSystemTzdata() {
            for (windows, iana) in WindowsZones.iana {
                #expect(LibicalCalls.builtinZone(iana) != nil, "\(windows) -> \(iana)")
            }
        }

        @Test func libicalErrorsDoNotAbortTheProcess() {
            #expect(!LibicalCalls.errorsAreFatal)
        }
    }
}
