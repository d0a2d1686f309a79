import CursusTestSupport
import Foundation
import Testing

/// The re-planning loop on a copy of the Emancip'Asso programme, with the real binary: solve and
/// publish to CalDAV; a speaker becomes unavailable; re-solve with the first day frozen; release 2
/// with notices for exactly the people concerned; a session and its speaker removed; the
/// cancellation stays in every feed that held it, on that run and on the next two with unchanged
/// input; `cursus serve` answers 200 then 304; publishing again moves and cancels the events in
/// Radicale, and a third publication sends nothing.
@Suite(.sharedRadicale) struct ReleaseScenarioTests {
    static let programme = "emancipasso-2023"
    static let python: String? = {
        let path = PackageRoot.url.appendingPathComponent(".venv/bin/python").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    /// A copy of the bundled curriculum in a fresh folder, and the solve arguments for it.
    struct Workspace {
        let folder: URL
        let file: URL
        var exports: URL { folder.appendingPathComponent(ReleaseScenarioTests.programme) }

        init() throws {
            folder = try CommandRunner.temporaryDirectory()
            file = folder.appendingPathComponent("\(ReleaseScenarioTests.programme).yaml")
            try FileManager.default.copyItem(
                at: PackageRoot.url.appendingPathComponent("curricula/\(ReleaseScenarioTests.programme).yaml"), to: file)
        }

        func edit(_ old: String, _ new: String) throws {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains(old), "the curriculum no longer has: \(old)")
            try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
        }

        func solve(epoch: Int, _ extra: [String] = []) throws -> CommandRunner.Output {
            try CommandRunner.run(
                ["solve", file.path, "--out", folder.path, "--iterations", "20000", "--threads", "1"] + extra,
                environment: ["SOURCE_DATE_EPOCH": String(epoch)])
        }

        /// Every feed's text, by file name.
        func feeds() throws -> [String: String] {
            var feeds: [String: String] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: exports.path) where name.hasSuffix(".ics") {
                feeds[name] = try String(contentsOf: exports.appendingPathComponent(name), encoding: .utf8)
            }
            return feeds
        }

        /// The published entries of `schedule.json` (or of a release's), by key.
        func entries(_ path: String = "schedule.json") throws -> [String: [String: Any]] {
            let data = try Data(contentsOf: exports.appendingPathComponent(path))
            let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let entries = try #require(json["entries"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: entries.map { ($0["key"] as! String, $0) })
        }

        func notices(release: Int) throws -> Set<String> {
            let names = try FileManager.default.contentsOfDirectory(atPath: exports.appendingPathComponent("releases/\(release)/notices").path)
            return Set(names)
        }
    }

    /// Reads a notice with Python's `email` and `icalendar` (scripts/check-notice.py).
    static func parse(notice: URL) throws -> [String: Any] {
        let python = try #require(Self.python, "no .venv: run `make venv`")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [PackageRoot.url.appendingPathComponent("scripts/check-notice.py").path, notice.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let problems = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(problems)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func replanReleaseNotifyKeepCancellationsServeAndPublish() throws {
        let space = try Workspace()
        let first = try space.solve(epoch: 1_673_000_000)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("\(Self.programme): release 1: 0 moved, 15 added, 0 cancelled"))
        let feedsBefore = try space.feeds()
        let entriesBefore = try space.entries()

        // Release 1 goes to a CalDAV calendar (a real Radicale).
        let calendar = try Radicale.calendar()
        let programmeFeed = space.exports.appendingPathComponent("\(Self.programme).ics").path
        let publish = {
            try CommandRunner.run(
                ["publish", programmeFeed, "--caldav", calendar.url, "--user", calendar.user],
                environment: ["CURSUS_CALDAV_PASSWORD": calendar.password])
        }
        let firstPublication = try publish()
        #expect(firstPublication.status == 0, "\(firstPublication.standardError)")
        #expect(firstPublication.standardOutput.hasSuffix("Published: 15 created, 0 updated, 0 cancelled, 0 deleted, 0 unchanged.\n"))
        #expect(calendar.loggedRequests("PUT") == 15)

        // Anne-Laure Michel can no longer come on Tuesday morning; Monday is already taught.
        try space.edit("""
                organisation: Animafac (PANA)
                available:
                  - {date: 2023-01-17, window: morning}

            """, """
                organisation: Animafac (PANA)
                available:

            """)
        let second = try space.solve(epoch: 1_673_100_000, ["--freeze-until", "2023-01-17"])
        #expect(second.status == 0, "\(second.standardError)")
        let feedsAfter = try space.feeds()
        let entriesAfter = try space.entries()

        // Everything on Monday (before the freeze line) is byte-identical in every feed.
        #expect(Set(feedsAfter.keys) == Set(feedsBefore.keys))
        var monday = 0
        for (name, feed) in feedsBefore {
            let before = RepublishingTests.events(feed), after = RepublishingTests.events(feedsAfter[name]!)
            for (uid, event) in before where event.contains("DTSTART;TZID=Europe/Paris:20230116T") {
                #expect(after[uid] == event, "\(name) \(uid) changed although frozen")
                monday += 1
            }
        }
        #expect(monday > 0)

        // The notices are for exactly the trainers, cohorts and rooms of the moved occurrences.
        var concerned: Set<String> = []
        var moved: [String] = []
        for (key, old) in entriesBefore {
            let new = try #require(entriesAfter[key])
            guard old["start"] as? String != new["start"] as? String || old["room"] as? String != new["room"] as? String else { continue }
            moved.append(key)
            for trainer in (old["trainers"] as! [String]) + (new["trainers"] as! [String]) { concerned.insert("trainer-\(trainer)") }
            for cohort in (old["cohorts"] as! [String]) + (new["cohorts"] as! [String]) { concerned.insert("cohort-\(cohort)") }
            for room in [old["room"], new["room"]].compactMap({ $0 as? String }) { concerned.insert("room-\(room)") }
        }
        #expect(moved.contains("pana/1"))
        #expect(moved.allSatisfy { (entriesBefore[$0]!["start"] as! String) > "2023-01-17" })
        #expect(second.standardOutput.contains("\(Self.programme): release 2: \(moved.count) moved, 0 added, 0 cancelled"))
        let expectedNotices = Set(concerned.flatMap { ["\($0).txt", "\($0).eml"] })
        #expect(try space.notices(release: 2) == expectedNotices)

        // Anne-Laure Michel's notice: readable by Python's email package, its calendar by icalendar.
        let notice = try Self.parse(notice: space.exports.appendingPathComponent("releases/2/notices/trainer-anne-laure-michel.eml"))
        #expect(notice["subject"] as? String
            == "Développer une offre de services pour accompagner les associations dans leur transition numérique éthique : modifications (version 2)")
        #expect(notice["to"] as? String == "Anne-Laure Michel:;")
        #expect(notice["content_type"] as? String == "multipart/mixed")
        #expect(notice["parts"] as? [String] == ["text/plain", "text/calendar"])
        let text = try #require(notice["text"] as? String)
        #expect(text.hasPrefix("Bonjour Anne-Laure Michel,\n"))
        #expect(text.contains("déplacé\u{00A0}: Panorama des usages numériques des associations (PANA)\n  avant\u{00A0}: mardi 17 janvier 2023, 09:30–11:30"))
        let events = try #require(notice["events"] as? [[String: Any]])
        let pana = try #require(entriesAfter["pana/1"])
        #expect(events.count == 1)
        #expect(events.first?["uid"] as? String == "pana-1@emancipasso-2023.cursus")
        #expect(events.first?["sequence"] as? Int == 1)
        #expect(events.first?["start"] as? String == pana["start"] as? String)
        #expect(try String(contentsOf: space.exports.appendingPathComponent("releases/2/notices/trainer-anne-laure-michel.txt"), encoding: .utf8) == text)

        // The closing exchange on funding is removed from the programme (its speaker stays, for the
        // panorama he presents with Anne-Laure Michel).
        let heldFunding = feedsAfter.filter { $0.value.contains("UID:funding-1@emancipasso-2023.cursus") }.keys.sorted()
        #expect(heldFunding == ["cohort-participants.ics", "emancipasso-2023.ics", "room-salle.ics", "trainer-david-ratineau.ics"])
        try space.edit("""
              - id: funding
                title: Financer l'accompagnement d'une association en transition numérique
                category: échanges
                duration: 1h
                trainers: david-ratineau
                rooms: salle
                cohorts: participants

            """, "")
        try space.edit("  - {immediately_after: {first: pana, then: funding}}", "")
        try space.edit("  - {preferred_times: {trainer: david-ratineau, times: {date: 2023-01-17, window: morning}}, weight: 3}\n", "")
        let third = try space.solve(epoch: 1_673_200_000, ["--freeze-until", "2023-01-17"])
        #expect(third.status == 0, "\(third.standardError)")
        #expect(third.standardOutput.contains("  annulé\u{00A0}: Financer l'accompagnement d'une association en transition numérique"))
        #expect(third.standardOutput.contains("\(Self.programme): release 3: 0 moved, 0 added, 1 cancelled; concerned: 1 trainer, 1 cohort, 1 room"))
        let cancelledFeeds = try space.feeds()
        for name in heldFunding {
            let feed = try #require(cancelledFeeds[name], "\(name)")
            let event = try #require(RepublishingTests.events(feed)["UID:funding-1@emancipasso-2023.cursus"], "\(name)")
            #expect(event.contains("STATUS:CANCELLED\r\n"), "\(name)")
            #expect(event.contains("SEQUENCE:2\r\n"), "\(name)")
            #expect(event.contains("DESCRIPTION;LANGUAGE=fr:Intervenants\u{202F}: David Ratineau (Le Mouvement \r\n Associatif (PANA))\r\n"), "\(name)")
        }
        #expect(try space.notices(release: 3)
            == ["trainer-david-ratineau.txt", "trainer-david-ratineau.eml", "cohort-participants.txt", "cohort-participants.eml",
                "room-salle.txt", "room-salle.eml"])

        // index.html lists the latest releases' changes, newest first.
        let index = try String(contentsOf: space.exports.appendingPathComponent("index.html"), encoding: .utf8)
        let section = try #require(index.range(of: "<section class=\"changes\">\n<h2>Modifications</h2>\n<h3><a href=\"releases/3/changes.txt\">Version 3 — "))
        #expect(index[section.upperBound...].hasPrefix("dimanche 8 janvier 2023</a></h3>\n<ul>\n<li>annulé\u{00A0}: Financer l&#39;accompagnement"))
        #expect(index.contains("<a href=\"releases/1/changes.txt\">Version 1 — vendredi 6 janvier 2023</a></h3>\n<ul>\n<li>première publication</li>"))

        // Two more runs on unchanged input (and a later clock): identical bytes, no new release.
        for epoch in [1_673_300_000, 1_673_400_000] {
            let again = try space.solve(epoch: epoch, ["--freeze-until", "2023-01-17"])
            #expect(again.status == 0, "\(again.standardError)")
            #expect(again.standardOutput.contains("\(Self.programme): no change against the published schedule"))
            #expect(try space.feeds() == cancelledFeeds)
        }
        let releases = try FileManager.default.contentsOfDirectory(atPath: space.exports.appendingPathComponent("releases").path)
        #expect(releases.sorted() == ["1", "2", "3"])

        // `cursus serve` on the exports: the programme feed with a strong ETag, then 304 for it.
        let server = try BackgroundProcess(CommandRunner.binary, ["serve", space.folder.path, "--port", "0"])
        let banner = try #require(server.waitForLine(containing: "Serving \(space.folder.path) on http://127.0.0.1:"))
        let port = try #require(banner.split(separator: ":").last?.split(separator: "/").first.map(String.init))
        let url = "http://127.0.0.1:\(port)/\(Self.programme)/\(Self.programme).ics"
        let served = try BackgroundProcess.run("/usr/bin/curl", ["-s", "-D", "-", url])
        #expect(served.output.hasPrefix("HTTP/1.1 200 OK\r\n"))
        let etagLine = try #require(served.output.split(separator: "\r\n").first { $0.hasPrefix("ETag: \"") })
        let etag = String(etagLine.dropFirst("ETag: ".count))
        #expect(served.output.hasSuffix("\r\n\r\n" + cancelledFeeds["\(Self.programme).ics"]!))
        let revalidated = try BackgroundProcess.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "If-None-Match: \(etag)", url])
        #expect(revalidated.output == "304")
        #expect(server.stop(SIGTERM).status == 0)

        // Publishing the changed feed: the moved events are updated, the removed session cancelled.
        let updated = Set(moved + ["funding/1"])
        let secondPublication = try publish()
        #expect(secondPublication.status == 0, "\(secondPublication.standardError)")
        #expect(secondPublication.standardOutput.hasSuffix(
            "Published: 0 created, \(updated.count) updated, 0 cancelled, 0 deleted, \(15 - updated.count) unchanged.\n"))
        #expect(calendar.loggedRequests("PUT") == 15 + updated.count)
        let published = RepublishingTests.events(cancelledFeeds["\(Self.programme).ics"]!)
        let panaEvent = try #require(published["UID:pana-1@emancipasso-2023.cursus"])
        let panaStart = try #require(panaEvent.components(separatedBy: "\r\n").first { $0.hasPrefix("DTSTART") })
        #expect(!RepublishingTests.events(feedsBefore["\(Self.programme).ics"]!)["UID:pana-1@emancipasso-2023.cursus"]!.contains(panaStart))
        let movedRemote = try calendar.get(uid: "pana-1@emancipasso-2023.cursus")
        #expect(movedRemote.contains(panaStart + "\r\n"))
        #expect(movedRemote.contains("SEQUENCE:1\r\n"))
        let removedRemote = try calendar.get(uid: "funding-1@emancipasso-2023.cursus")
        #expect(removedRemote.contains("STATUS:CANCELLED\r\n"))
        #expect(removedRemote.contains("SEQUENCE:2\r\n"))

        // A third publication with nothing changed sends no PUT.
        let thirdPublication = try publish()
        #expect(thirdPublication.status == 0, "\(thirdPublication.standardError)")
        #expect(thirdPublication.standardOutput.hasSuffix("Published: 0 created, 0 updated, 0 cancelled, 0 deleted, 15 unchanged.\n"))
        #expect(calendar.loggedRequests("PUT") == 15 + updated.count)

        // `cursus changes` and `cursus diff` tell the same.
        let changes = try CommandRunner.run(["changes", space.file.path, "--out", space.folder.path, "--release", "3"])
        #expect(changes.status == 0, "\(changes.standardError)")
        #expect(changes.standardOutput.contains("0 moved, 0 added, 1 cancelled; concerned: 1 trainer, 1 cohort, 1 room\n\nDavid Ratineau (intervenant·e)\n  annulé\u{00A0}: Financer"))
        let diff = try CommandRunner.run([
            "diff", space.exports.appendingPathComponent("releases/1/schedule.json").path,
            space.exports.appendingPathComponent("releases/3/schedule.json").path,
        ])
        #expect(diff.status == 0, "\(diff.standardError)")
        // Against release 1, David Ratineau's panorama moved and his funding exchange is cancelled.
        let ratineau = try #require(diff.standardOutput.components(separatedBy: "\n\n").first { $0.hasPrefix("David Ratineau (intervenant·e)\n") })
        #expect(ratineau.contains("  déplacé\u{00A0}: Panorama des usages numériques des associations (PANA)\n"))
        #expect(ratineau.contains("  annulé\u{00A0}: Financer"))
        #expect(diff.standardOutput.contains(" added, 1 cancelled; concerned: "))
    }

    @Test func aFrozenOccurrenceThatWouldHaveToMoveIsExplained() throws {
        let space = try Workspace()
        #expect(try space.solve(epoch: 1_673_000_000).status == 0)
        // Yannick Blanc, taught on Monday afternoon, can now come only on Tuesday.
        try space.edit("      - {date: 2023-01-16, window: afternoon}\n      - {date: 2023-01-17}", "      - {date: 2023-01-17}")
        let run = try space.solve(epoch: 1_673_100_000, ["--freeze-until", "2023-01-17"])
        #expect(run.status == 3)
        let schedule = space.exports.appendingPathComponent("schedule.json").path
        // The line of the edited availability (Yannick Blanc's `available:` entry).
        let lines = try String(contentsOf: space.file, encoding: .utf8).components(separatedBy: "\n")
        let availability = try #require(lines.firstIndex { $0.hasPrefix("      - {date: 2023-01-17}") }) + 1
        #expect(run.standardError.contains("""
            These 2 rules cannot hold together (removing or changing any one of them lifts this conflict):
              \(space.file.path):\(availability): Yannick Blanc is available only on Tuesday 17 January 2023
              \(schedule):1: 'Comprendre le monde associatif' is already published and frozen by --freeze-until 2023-01-17: Monday 16 January 2023 at 14:30
            """))
        // `cursus explain --freeze-until` proves the same conflict; without the freeze line the change is feasible.
        let explained = try CommandRunner.run(["explain", space.file.path, "--freeze-until", "2023-01-17", "--out", space.folder.path])
        #expect(explained.status == 3, "\(explained.standardError)")
        #expect(explained.standardOutput.contains("""
              \(space.file.path):\(availability): Yannick Blanc is available only on Tuesday 17 January 2023
              \(schedule):1: 'Comprendre le monde associatif' is already published and frozen by --freeze-until 2023-01-17: Monday 16 January 2023 at 14:30
            """))
        let unfrozen = try CommandRunner.run(["explain", space.file.path, "--out", space.folder.path])
        #expect(unfrozen.status == 0, "\(unfrozen.standardOutput)")
    }

    @Test func freezingBeforeAnythingIsPublishedIsBadInput() throws {
        let space = try Workspace()
        let run = try space.solve(epoch: 1_673_000_000, ["--freeze-until", "now"])
        #expect(run.status == 2)
        #expect(run.standardError == "\(space.exports.path)/schedule.json: error: nothing is published yet, so --freeze-until has nothing to freeze; solve once without it\n")
        let explained = try CommandRunner.run(["explain", space.file.path, "--freeze-until", "now", "--out", space.folder.path])
        #expect(explained.status == 2)
        #expect(explained.standardError == run.standardError)
    }
}
