import CursusTestSupport
import Foundation
import Testing

/// Calendars a curriculum refers to reach the solver: a closure calendar closes its dates, a trainer's
/// busy calendar (a Google-style export with RRULE, EXDATE and moved instances) blocks its times.
@Suite struct ImportedCalendarsTests {
    func programme(in folder: URL) throws -> URL {
        let fixtures = PackageRoot.url.appendingPathComponent("Tests/ICalendarTests/Fixtures")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent("google-busy.ics"), to: folder.appendingPathComponent("busy.ics"))
        try """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Test//Closures//EN\r
            BEGIN:VEVENT\r
            UID:strike@test\r
            DTSTAMP:20230101T000000Z\r
            DTSTART;VALUE=DATE:20230117\r
            DTEND;VALUE=DATE:20230118\r
            SUMMARY:Grève des transports\r
            END:VEVENT\r
            END:VCALENDAR\r

            """.write(to: folder.appendingPathComponent("closures.ics"), atomically: true, encoding: .utf8)
        let file = folder.appendingPathComponent("calendars.yaml")
        try """
            id: calendars
            title: Calendars
            calendar:
              start: 2023-01-16
              end: 2023-01-20
              windows:
                - {name: morning, start: "09:00", end: "12:30"}
                - {name: afternoon, start: "14:00", end: "17:30"}
              closures:
                - {calendar: closures.ics}
            venues: [{id: paris, name: Paris, country: FR}]
            trainers: [{id: blanc, name: Yannick Blanc, busy_calendar: busy.ics}]
            sessions:
              - {id: talk, title: Talk, duration: 1h30, trainers: [blanc], allowed: [{date: 2023-01-18, window: afternoon}]}
              - {id: workshop, title: Workshop, duration: 3h30, trainers: [blanc], allowed: [{weekdays: [tuesday, wednesday]}]}
            """.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func closureCalendarClosesItsDates() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let output = try CommandRunner.run(["check", try programme(in: folder).path])
        #expect(output.status == 0, "\(output.standardError)")
        #expect(output.standardOutput.contains("2023-01-17 Grève des transports"))
        #expect(output.standardOutput.contains("Teaching dates: 4,"))
    }

    @Test func busyCalendarBlocksTheTrainersTimes() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = try programme(in: folder)
        let run = try CommandRunner.run(["solve", file.path, "--out", folder.path, "--iterations", "5000", "--threads", "1"])
        #expect(run.status == 0, "\(run.standardError)")
        let csv = try String(contentsOf: folder.appendingPathComponent("calendars/schedule.csv"), encoding: .utf8)
        // Busy 14:00–16:00 in Paris on Wednesday (13:00–15:00 UTC): the talk can only start at 16:00.
        #expect(csv.contains("2023-01-18,16:00,17:30,Europe/Paris,talk,1,"))
        // Tuesday is closed by the closure calendar, so the workshop takes Wednesday morning.
        #expect(csv.contains("2023-01-18,09:00,12:30,Europe/Paris,workshop,1,"))
    }

    @Test func aConflictWithABusyTimeCitesItsEventInTheCalendarFile() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = try programme(in: folder)
        // The talk now needs the whole afternoon of the 18th, when the conference call (14:00–16:00
        // in Paris) keeps its speaker busy.
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "{id: talk, title: Talk, duration: 1h30", with: "{id: talk, title: Talk, duration: 3h30")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let calendar = folder.appendingPathComponent("busy.ics")
        let lines = try String(contentsOf: calendar, encoding: .utf8).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        let uid = try #require(lines.firstIndex { $0.hasPrefix("UID:utc-conference-call") })
        let begin = try #require(lines[..<uid].lastIndex { $0.hasPrefix("BEGIN:VEVENT") }) + 1
        let allowed = try #require(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).firstIndex { $0.contains("{id: talk,") }) + 1
        let run = try CommandRunner.run(["explain", file.path])
        #expect(run.status == 3, "\(run.standardError)")
        #expect(run.standardOutput.contains("""
            These 2 rules cannot hold together (removing or changing any one of them lifts this conflict):
              \(calendar.path):\(begin): Yannick Blanc is busy with 'Conference call (UTC)' on Wednesday 18 January 2023 between 14:00 and 16:00
              \(file.path):\(allowed): 'Talk' may only take place on Wednesday 18 January 2023 in the afternoon
            """), "\(run.standardOutput)")
    }

    @Test func aBrokenCalendarIsBadInputNamingTheFile() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = try programme(in: folder)
        try "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:no start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            .write(to: folder.appendingPathComponent("busy.ics"), atomically: true, encoding: .utf8)
        let run = try CommandRunner.run(["check", file.path])
        #expect(run.status == 2)
        #expect(run.standardError.contains("busy.ics"))
    }
}
