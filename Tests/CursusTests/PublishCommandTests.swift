import CursusTestSupport
import Foundation
import Testing

/// `cursus publish` against a real Radicale: one server for the suite (stopped by its PID when the
/// suite ends), one calendar collection per test.
@Suite(.enabled(if: Radicale.isInstalled, "no Radicale in .venv: run `make venv`"), .sharedRadicale)
struct PublishCommandTests {
    static let feedPath = "exports/emancipasso-2023/emancipasso-2023.ics"
    static let moved = "installation-1@emancipasso-2023.cursus"
    static let removed = "network-1@emancipasso-2023.cursus"

    func publish(_ feed: String, to calendar: RadicaleCalendar, password: String? = nil, extra: [String] = []) throws -> CommandRunner.Output {
        try CommandRunner.run(
            ["publish", feed, "--caldav", calendar.url, "--user", calendar.user] + extra,
            environment: ["CURSUS_CALDAV_PASSWORD": password ?? calendar.password])
    }

    /// The feed with `moved` one day later (SEQUENCE 1) and `removed` gone, as a re-solve would write it.
    func changedFeed() throws -> String {
        var text = try String(contentsOf: PackageRoot.url.appendingPathComponent(Self.feedPath), encoding: .utf8)
        let start = try #require(text.range(of: "UID:\(Self.moved)"))
        let end = try #require(text.range(of: "END:VEVENT", range: start.upperBound..<text.endIndex))
        let event = String(text[start.lowerBound..<end.lowerBound])
        let changed = event.replacingOccurrences(of: "20230116T", with: "20230117T").replacingOccurrences(of: "SEQUENCE:0", with: "SEQUENCE:1")
        text.replaceSubrange(start.lowerBound..<end.lowerBound, with: changed)
        let removedStart = try #require(text.range(of: "UID:\(Self.removed)"))
        let begin = try #require(text.range(of: "BEGIN:VEVENT\r\n", options: .backwards, range: text.startIndex..<removedStart.lowerBound))
        let removedEnd = try #require(text.range(of: "END:VEVENT\r\n", range: removedStart.upperBound..<text.endIndex))
        text.removeSubrange(begin.lowerBound..<removedEnd.upperBound)
        let url = try CommandRunner.temporaryDirectory().appendingPathComponent("emancipasso-2023.ics")
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func publishChangeRepublishAndNothingTheThirdTime() throws {
        let radicale = try Radicale.calendar()
        let first = try publish(Self.feedPath, to: radicale)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.hasPrefix("Publishing \(Self.feedPath) (15 events) to \(radicale.url) as alice\n"))
        #expect(first.standardOutput.hasSuffix("Published: 15 created, 0 updated, 0 cancelled, 0 deleted, 0 unchanged.\n"))
        #expect(radicale.loggedRequests("PUT") == 15)
        #expect(!first.standardOutput.contains(radicale.password) && !first.standardError.contains(radicale.password))

        let changed = try changedFeed()
        let second = try publish(changed, to: radicale)
        #expect(second.status == 0, "\(second.standardError)")
        #expect(second.standardOutput.contains("updated   \(Self.moved) (SEQUENCE 0 → 1)\n"))
        #expect(second.standardOutput.contains("cancelled \(Self.removed) (no longer in the feed; SEQUENCE 1)\n"))
        #expect(second.standardOutput.hasSuffix("Published: 0 created, 1 updated, 1 cancelled, 0 deleted, 13 unchanged.\n"))
        let moved = try radicale.get(uid: Self.moved)
        #expect(moved.contains("DTSTART;TZID=Europe/Paris:20230117T133000"))
        #expect(moved.contains("SEQUENCE:1"))
        let removed = try radicale.get(uid: Self.removed)
        #expect(removed.contains("STATUS:CANCELLED"))
        #expect(removed.contains("SEQUENCE:1"))
        #expect(radicale.loggedRequests("PUT") == 17)

        let third = try publish(changed, to: radicale)
        #expect(third.status == 0)
        #expect(third.standardOutput.hasSuffix("Published: 0 created, 0 updated, 0 cancelled, 0 deleted, 15 unchanged.\n"))
        #expect(radicale.loggedRequests("PUT") == 17)
    }

    @Test func deleteRemovedDeletesInsteadOfCancelling() throws {
        let radicale = try Radicale.calendar()
        #expect(try publish(Self.feedPath, to: radicale).status == 0)
        let second = try publish(try changedFeed(), to: radicale, extra: ["--delete-removed"])
        #expect(second.standardOutput.contains("deleted   \(Self.removed)\n"))
        #expect(radicale.loggedRequests("DELETE") == 1)
        #expect(try radicale.server.curl(["-o", "/dev/null", "-w", "%{http_code}", "-u", "alice:wonderland", radicale.url + Self.removed + ".ics"]) == "404")
    }

    @Test func resourceTakenOnTheServerIs412ReportedNotOverwritten() throws {
        let radicale = try Radicale.calendar()
        // Someone else's event sits where cursus would create `moved`: If-None-Match: * must fail.
        let other = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:someone-else@example.org\r\n"
            + "DTSTAMP:20230101T000000Z\r\nDTSTART:20230116T100000Z\r\nSUMMARY:Not ours\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("other.ics")
        try Data(other.utf8).write(to: file)
        let url = radicale.url + Self.moved + ".ics"
        #expect(try radicale.server.curl(["-o", "/dev/null", "-w", "%{http_code}", "-u", "alice:wonderland", "-T", file.path, url]) == "201")
        let result = try publish(Self.feedPath, to: radicale)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("conflict  \(Self.moved): changed on the server since it was read (412); not overwritten\n"))
        #expect(result.standardOutput.hasSuffix(
            "Published: 14 created, 0 updated, 0 cancelled, 0 deleted, 0 unchanged, 1 not written (changed on the server: 412).\n"))
        #expect(try radicale.get(uid: Self.moved).contains("UID:someone-else@example.org"))
    }

    @Test func wrongPasswordIs401WithNothingSent() throws {
        let radicale = try Radicale.calendar()
        let result = try publish(Self.feedPath, to: radicale, password: "not-the-password")
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(radicale.url): 401 Unauthorized: the server refused the user name or password.\n"
            + "Maybe check --user and CURSUS_CALDAV_PASSWORD or ~/.netrc.\n")
        #expect(result.standardOutput.hasSuffix("Stopped: 0 created, 0 updated, 0 cancelled, 0 deleted, 0 unchanged, 15 not sent.\n"))
        #expect(!result.standardOutput.contains("not-the-password") && !result.standardError.contains("not-the-password"))
        #expect(radicale.loggedRequests("PUT") == 0)
    }

    @Test func passwordFromNetrc() throws {
        let radicale = try Radicale.calendar()
        let home = try CommandRunner.temporaryDirectory()
        try Data("machine 127.0.0.1\n  login alice\n  password wonderland\n".utf8).write(to: home.appendingPathComponent(".netrc"))
        let result = try CommandRunner.run(
            ["publish", Self.feedPath, "--caldav", radicale.url], environment: ["HOME": home.path, "CURSUS_CALDAV_PASSWORD": ""])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput.contains(" as alice\n"))
    }

    @Test func refusedConnectionIsSaid() throws {
        let port = try Radicale.freePort()
        let url = "http://127.0.0.1:\(port)/alice/programme/"
        let result = try CommandRunner.run(["publish", Self.feedPath, "--caldav", url, "--user", "alice"], environment: ["CURSUS_CALDAV_PASSWORD": "x"])
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(url): connection refused: nothing listens at this host and port.\n"
            + "Maybe the server is not running, or the port is wrong.\n")
        #expect(result.standardOutput.hasSuffix("Stopped: 0 created, 0 updated, 0 cancelled, 0 deleted, 0 unchanged, 15 not sent.\n"))
    }

    @Test func silentServerTimesOut() throws {
        // A listener that accepts and never answers.
        let port = try Radicale.freePort()
        let script = "import socket, time; s = socket.socket(); s.bind(('127.0.0.1', \(port))); s.listen(); print('ready', flush=True); c = s.accept(); time.sleep(30)"
        let silent = try BackgroundProcess(Radicale.python, ["-c", script])
        _ = silent.waitForLine(containing: "ready")
        let url = "http://127.0.0.1:\(port)/alice/programme/"
        let result = try CommandRunner.run(
            ["publish", Self.feedPath, "--caldav", url, "--user", "alice", "--timeout", "1"], environment: ["CURSUS_CALDAV_PASSWORD": "x"])
        _ = silent.stop(SIGKILL)
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(url): no answer within 1 s.\nMaybe the server is overloaded: try again, or raise --timeout.\n")
    }

    @Test func missingCalendarIs404() throws {
        let radicale = try Radicale.calendar()
        let url = "http://127.0.0.1:\(radicale.server.port)/alice/no-such-calendar/"
        let result = try CommandRunner.run(["publish", Self.feedPath, "--caldav", url, "--user", "alice"], environment: ["CURSUS_CALDAV_PASSWORD": radicale.password])
        #expect(result.status == 1)
        #expect(result.standardError == "error: \(url): 404 Not Found: no calendar at this URL.\nMaybe create the calendar first, or check the URL's path.\n")
    }

    @Test func passwordInTheURLIsRefused() throws {
        let result = try CommandRunner.run(["publish", Self.feedPath, "--caldav", "http://alice:secret@127.0.0.1:1/alice/cal/"])
        #expect(result.status == 2)
        #expect(result.standardError == "error: http://alice@127.0.0.1:1/alice/cal/: the URL holds a password.\n"
            + "Maybe set CURSUS_CALDAV_PASSWORD or add a machine line to ~/.netrc instead.\n")
    }
}
