import Curriculum
import CursusTestSupport
import Foundation
import ICalendar
import Testing

/// Where the checker and its Python are.
private enum CheckScript {
    static let python: String? = {
        let path = PackageRoot.path(".venv/bin/python")
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()
}

extension LibicalTests {
    /// Runs `scripts/check-ics.py` (Python `icalendar` + `recurring-ical-events`, independent of
    /// libical) on written feeds; only where `make venv` has created `.venv`.
    @Suite(.enabled(if: CheckScript.python != nil, "no .venv: run `make venv`"))
    struct CheckScriptTests {
        /// Writes the feed and the schedule in a fresh folder and runs the checker; its exit status and output.
        /// The curriculum it is given is a JSON file (JSON is YAML) with the fixture's sessions and modules.
        func check(feed: String, schedule: Schedule, all: Bool = true) throws -> (status: Int32, output: String) {
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-check-\(getpid())-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let feedPath = directory.appendingPathComponent("feed.ics")
            let schedulePath = directory.appendingPathComponent("schedule.json")
            try feed.write(to: feedPath, atomically: true, encoding: .utf8)
            try JSONEncoder().encode(schedule).write(to: schedulePath)
            let curriculumPath = directory.appendingPathComponent("curriculum.yaml")
            let programme = FeedFixtures.programme
            let curriculum: [String: [[String: String]]] = [
                "sessions": programme.sessions.map { session in
                    var fields = ["id": session.id]
                    fields["category"] = session.category
                    fields["module"] = session.module
                    return fields
                },
                "modules": programme.modules.map { ["id": $0.id, "title": $0.title] },
            ]
            try JSONEncoder().encode(curriculum).write(to: curriculumPath)
            let run = try ProcessRunner.run(
                URL(fileURLWithPath: try #require(CheckScript.python)),
                [PackageRoot.path("scripts/check-ics.py"), feedPath.path, schedulePath.path]
                    + (all ? ["--all"] : []) + ["--curriculum", curriculumPath.path]
            )
            return (run.status, run.standardOutput + run.standardError)
        }

        func feeds(_ schedule: Schedule, previous: Schedule? = nil) throws -> [Feed] {
            try FeedWriter.feeds(schedule: schedule, programme: FeedFixtures.programme, previous: previous, sourceDateEpoch: nil)
        }

        @Test func everyFeedAgreesWithTheSchedule() throws {
            let schedule = FeedFixtures.schedule()
            for feed in try feeds(schedule) {
                let result = try check(feed: feed.text, schedule: schedule, all: feed.fileName == "demo-2023.ics")
                #expect(result.status == 0, "\(feed.fileName): \(result.output)")
            }
        }

        @Test func detectsCategoriesSplitAtACommaOrSpreadOverTwoProperties() throws {
            let schedule = FeedFixtures.schedule()
            let text = try #require(feeds(schedule).first { $0.fileName == "trainer-blanc.ics" }).text
            let good = "CATEGORIES;LANGUAGE=fr:talk,Monde associatif\r\n"
            #expect(text.contains(good))
            let split = try check(feed: text.replacingOccurrences(of: good, with: "CATEGORIES;LANGUAGE=fr:talk,Monde,associatif\r\n"), schedule: schedule)
            #expect(split.status == 1)
            #expect(split.output.contains(
                "icalendar: ecosystem-1@demo-2023.cursus: categories ['talk', 'Monde', 'associatif'], curriculum says ['talk', 'Monde associatif']"
            ))
            let two = try check(
                feed: text.replacingOccurrences(of: good, with: "CATEGORIES;LANGUAGE=fr:talk\r\nCATEGORIES;LANGUAGE=fr:Monde associatif\r\n"),
                schedule: schedule
            )
            #expect(two.status == 1)
            #expect(two.output.contains("vobject: ecosystem-1@demo-2023.cursus: 2 CATEGORIES properties"))
            #expect(two.output.contains("ics: cannot read the feed: ValueError: A VEVENT must have at most one CATEGORIES"))
        }

        @Test func cancelledEventsAreNotInTheSchedule() throws {
            let previous = ScheduleRevision.revise(FeedFixtures.schedule(), previous: nil, stamp: "2023-01-10T12:00:00Z")
            var shorter = FeedFixtures.schedule(published: "2023-01-12T18:00:00Z")
            shorter.entries.remove(at: 4)
            let result = try check(feed: try #require(feeds(shorter, previous: previous).first).text, schedule: shorter)
            #expect(result.status == 0, "\(result.output)")
        }

        @Test func detectsAnEventAnHourOff() throws {
            let schedule = FeedFixtures.schedule()
            var shifted = schedule
            shifted.entries[5].start = "2023-03-27T09:30:00+01:00"
            let result = try check(feed: try #require(feeds(schedule).first).text, schedule: shifted)
            #expect(result.status == 1)
            #expect(result.output.contains("pana-2@demo-2023.cursus: starts 2023-03-27T07:30:00+00:00, schedule says 2023-03-27T08:30:00+00:00"))
        }

        @Test func detectsAMissingOccurrence() throws {
            let schedule = FeedFixtures.schedule()
            var fewer = schedule
            fewer.entries.removeFirst()
            let result = try check(feed: try #require(feeds(fewer).first).text, schedule: schedule)
            #expect(result.status == 1)
            #expect(result.output.contains("welcome-1@demo-2023.cursus: in the schedule but not in the feed"))
        }
    }
}
