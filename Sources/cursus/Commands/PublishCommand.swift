import ArgumentParser
import CalDAV
import Foundation
import ICalendar

/// `cursus publish FEED --caldav URL`: make a CalDAV calendar hold a feed's events.
struct PublishCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish a feed's events to a CalDAV calendar.",
        discussion: """
            One resource per event, named from its UID. New events are sent with `If-None-Match: *`, changed \
            ones with `If-Match: <ETag>`, so a change made on the server meanwhile is reported (412), never \
            overwritten. Events that left the feed are cancelled (STATUS:CANCELLED, SEQUENCE + 1), or deleted \
            with --delete-removed. Events already as the feed says are not sent again. The password comes from \
            CURSUS_CALDAV_PASSWORD or from the host's entry in ~/.netrc; it is never printed. \
            Exit status: 0 when the calendar holds the feed, 1 when a request failed or was refused, 2 on bad input.
            """
    )

    @Argument(help: "A feed written by `cursus solve`, e.g. exports/emancipasso-2023/emancipasso-2023.ics.")
    var file: String

    @Option(name: .customLong("caldav"), help: "The calendar collection, e.g. https://cal.example.org/alice/programme/.")
    var calendarURL: String

    @Option(help: "The user name (default: the URL's, else the login of the host's ~/.netrc entry).")
    var user: String?

    @Flag(help: "Delete events that left the feed (and cancelled ones) instead of cancelling them.")
    var deleteRemoved = false

    @Option(help: "Seconds to wait for each answer of the server.")
    var timeout: Double = 30

    func run() async throws {
        let objects: [CalendarObject]
        let publisher: CalDAVPublisher
        let credentials: CalDAVCredentials?
        do {
            objects = try CalendarObject.objects(inFeedAt: file)
            let (host, urlUser) = try CalDAVPublisher.hostAndUser(of: calendarURL)
            credentials = try CalDAVCredentials.resolve(user: user ?? urlUser, host: host, environment: ProcessInfo.processInfo.environment)
            publisher = try CalDAVPublisher(calendarURL: calendarURL, credentials: credentials, timeout: timeout, deleteRemoved: deleteRemoved)
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(2)
        }
        let who = credentials.map { " as \($0.user)" } ?? ""
        print("Publishing \(file) (\(objects.count) events) to \(publisher.calendar)\(who)")
        let report = await publisher.publish(objects) { print($0) }
        if let failure = report.failure {
            Terminal.printError("error: \(failure)")
            print("Stopped: \(report.summary).")
            throw ExitCode(1)
        }
        print("Published: \(report.summary).")
        if !report.conflicts.isEmpty { throw ExitCode(1) }
    }
}
