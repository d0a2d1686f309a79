@testable import CalDAV
import CursusTestSupport
import Foundation
import ICalendar
import Testing

/// Planning on the real Emancip'Asso feed and copies of its objects as a server would hold them.
@Suite struct PublishPlanTests {
    static let feed = PackageRoot.path("exports/emancipasso-2023/emancipasso-2023.ics")

    let local: [CalendarObject]

    init() throws { local = try CalendarObject.objects(inFeedAt: Self.feed) }

    func remote(_ objects: [CalendarObject]) -> [RemoteObject] {
        objects.map { RemoteObject(href: "/alice/p/" + PublishPlan.resourceName($0.uid), etag: "\"e-\($0.uid)\"", object: $0) }
    }

    @Test func objectsAreStandaloneCalendarsWithoutMethod() throws {
        #expect(local.count == 15)
        let first = try #require(local.first)
        #expect(first.uid == "installation-1@emancipasso-2023.cursus")
        #expect(first.text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris"))
        #expect(!first.text.contains("METHOD:"))
        #expect(first.text.components(separatedBy: "BEGIN:VEVENT").count == 2)
        #expect(!first.fingerprint.contains { $0.hasPrefix("DTSTAMP") })
        #expect(CalendarObject(serverCopy: first.text)?.fingerprint == first.fingerprint)
    }

    @Test func emptyCalendarGetsEverythingCreated() {
        let plan = PublishPlan(local: local, remote: [], collectionPath: "/alice/p/", deleteRemoved: false)
        #expect(plan.actions.count == 15)
        #expect(plan.actions.first == .create(local[0], href: "/alice/p/installation-1@emancipasso-2023.cursus.ics"))
    }

    @Test func sameContentIsNotSentAgain() {
        let plan = PublishPlan(local: local, remote: remote(local), collectionPath: "/alice/p/", deleteRemoved: false)
        #expect(plan.actions.isEmpty)
        #expect(plan.unchanged == 15)
    }

    @Test func removedEventIsCancelledOnceOrDeleted() throws {
        let server = remote(local)
        let plan = PublishPlan(local: Array(local.dropFirst()), remote: server, collectionPath: "/alice/p/", deleteRemoved: false)
        #expect(plan.actions == [.cancel(local[0].cancelled(), server[0])])
        let cancelled = local[0].cancelled()
        #expect(cancelled.isCancelled && cancelled.sequence == local[0].sequence + 1)
        #expect(cancelled.text.contains("STATUS:CANCELLED"))
        let again = PublishPlan(
            local: Array(local.dropFirst()), remote: [RemoteObject(href: server[0].href, etag: "\"2\"", object: cancelled)] + server.dropFirst(),
            collectionPath: "/alice/p/", deleteRemoved: false)
        #expect(again.actions.isEmpty)
        let deleting = PublishPlan(local: Array(local.dropFirst()), remote: server, collectionPath: "/alice/p/", deleteRemoved: true)
        #expect(deleting.actions == [.delete(server[0])])
    }

    @Test func eventsOfOtherDomainsAreLeftAlone() throws {
        let foreign = try #require(CalendarObject(serverCopy: """
            BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VEVENT\r\nUID:dentist@example.org\r\n\
            DTSTAMP:20230101T000000Z\r\nDTSTART:20230116T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n
            """))
        let plan = PublishPlan(local: local, remote: remote(local + [foreign]), collectionPath: "/alice/p/", deleteRemoved: true)
        #expect(plan.actions.isEmpty)
    }
}
