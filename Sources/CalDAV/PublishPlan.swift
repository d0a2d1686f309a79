import Foundation
public import ICalendar

/// What `cursus publish` sends to make the calendar hold the feed: computed from the feed's objects
/// and the server's, before any write (pure).
public struct PublishPlan: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        /// A new event: PUT with `If-None-Match: *` at `href`.
        case create(CalendarObject, href: String)
        /// A changed event (moved, renamed, cancelled in the feed): PUT with `If-Match`.
        case update(CalendarObject, RemoteObject)
        /// An event the feed no longer holds: PUT its copy with STATUS:CANCELLED and SEQUENCE + 1, with `If-Match`.
        case cancel(CalendarObject, RemoteObject)
        /// An event the feed no longer holds (or holds cancelled), with `--delete-removed`: DELETE with `If-Match`.
        case delete(RemoteObject)
    }

    public var actions: [Action]
    /// Events the server already holds as the feed says.
    public var unchanged: Int

    /// - Parameters:
    ///   - collectionPath: the calendar's path on the server, ending with `/` (new resources go under it,
    ///     named from their UID).
    ///   - deleteRemoved: delete events that left the feed (and cancelled ones) instead of cancelling them.
    /// Server events whose UID is not of the feed's domain (`…@emancipasso-2023.cursus`) are left alone.
    public init(local: [CalendarObject], remote: [RemoteObject], collectionPath: String, deleteRemoved: Bool) {
        var remoteByUID: [String: RemoteObject] = [:]
        for object in remote.sorted(by: { $0.href < $1.href }) where remoteByUID[object.object.uid] == nil {
            remoteByUID[object.object.uid] = object
        }
        var actions: [Action] = []
        var unchanged = 0
        for object in local {
            let existing = remoteByUID[object.uid]
            switch (existing, object.isCancelled && deleteRemoved) {
            case (nil, true): unchanged += 1
            case (let existing?, true): actions.append(.delete(existing))
            case (nil, false): actions.append(.create(object, href: collectionPath + Self.resourceName(object.uid)))
            case (let existing?, false):
                if existing.object.fingerprint == object.fingerprint { unchanged += 1 } else { actions.append(.update(object, existing)) }
            }
        }
        let localUIDs = Set(local.map(\.uid))
        let domains = Set(local.map { Self.domain(of: $0.uid) })
        for object in remote.sorted(by: { $0.href < $1.href })
        where !localUIDs.contains(object.object.uid) && domains.contains(Self.domain(of: object.object.uid))
            && remoteByUID[object.object.uid] == object {
            if deleteRemoved {
                actions.append(.delete(object))
            } else if object.object.isCancelled {
                unchanged += 1
            } else {
                actions.append(.cancel(object.object.cancelled(), object))
            }
        }
        self.actions = actions
        self.unchanged = unchanged
    }

    /// The resource name of a UID: the UID percent-encoded (RFC 3986 unreserved characters and `@`
    /// kept) and `.ics`.
    static func resourceName(_ uid: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~@")
        return (uid.addingPercentEncoding(withAllowedCharacters: allowed) ?? uid) + ".ics"
    }

    /// What follows the last `@` of a UID (the whole UID when it has none).
    static func domain(of uid: String) -> String {
        uid.split(separator: "@").last.map(String.init) ?? uid
    }
}
