import Foundation
public import ICalendar

/// `cursus publish`: makes a CalDAV calendar hold a feed's events, one resource per UID, never
/// overwriting a concurrent change (every write is conditional).
public struct CalDAVPublisher: Sendable {
    let client: CalDAVClient
    let deleteRemoved: Bool

    /// - Parameters:
    ///   - calendarURL: the calendar collection (`http://host:port/user/calendar/`).
    ///   - timeout: seconds to wait for each answer.
    /// - Throws: `CalDAVError.invalidURL` or `.passwordInURL`.
    public init(calendarURL: String, credentials: CalDAVCredentials?, timeout: Double, deleteRemoved: Bool) throws(CalDAVError) {
        guard var parts = URLComponents(string: calendarURL), let scheme = parts.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = parts.host, !host.isEmpty
        else { throw .invalidURL(calendarURL) }
        if parts.password != nil {
            parts.password = nil
            throw .passwordInURL(parts.string ?? calendarURL)
        }
        if !parts.path.hasSuffix("/") { parts.path += "/" }
        guard let url = parts.url else { throw .invalidURL(calendarURL) }
        client = CalDAVClient(collection: url, credentials: credentials, timeout: timeout)
        self.deleteRemoved = deleteRemoved
    }

    /// The host of a calendar URL (to look the password up in ~/.netrc), and its user part.
    /// - Throws: `CalDAVError.invalidURL` or `.passwordInURL`.
    public static func hostAndUser(of calendarURL: String) throws(CalDAVError) -> (host: String, user: String?) {
        guard var parts = URLComponents(string: calendarURL), let host = parts.host, !host.isEmpty else { throw .invalidURL(calendarURL) }
        if parts.password != nil {
            parts.password = nil
            throw .passwordInURL(parts.string ?? calendarURL)
        }
        return (host, parts.user)
    }

    /// The calendar URL as messages show it (no credentials, final `/`).
    public var calendar: String { CalDAVClient.display(client.collection) }

    /// Reads the calendar, plans, and sends the writes one by one; `progress` gets one line per write.
    /// Stops at the first error other than 412 (which is reported per event), and says what was not sent.
    public func publish(_ objects: [CalendarObject], progress: (String) -> Void) async -> PublishReport {
        let report = await run(objects, progress: progress)
        await client.shutdown()
        return report
    }

    private func run(_ objects: [CalendarObject], progress: (String) -> Void) async -> PublishReport {
        var report = PublishReport()
        let remote: [RemoteObject]
        do {
            remote = try await client.objects()
        } catch {
            report.failure = error
            report.notSent = objects.count
            return report
        }
        let plan = PublishPlan(local: objects, remote: remote, collectionPath: client.collectionPath, deleteRemoved: deleteRemoved)
        report.unchanged = plan.unchanged
        for (index, action) in plan.actions.enumerated() {
            do {
                try await send(action, into: &report, progress: progress)
            } catch {
                report.failure = error
                report.notSent = plan.actions.count - index
                return report
            }
        }
        return report
    }

    private func send(_ action: PublishPlan.Action, into report: inout PublishReport, progress: (String) -> Void) async throws(CalDAVError) {
        switch action {
        case .create(let object, let href):
            if try await client.put(object.text, at: href, ifMatch: nil) == .preconditionFailed {
                conflict(object.uid, into: &report, progress: progress)
            } else {
                report.created.append(object.uid)
                progress("created   \(object.uid)")
            }
        case .update(let object, let remote):
            if try await client.put(object.text, at: remote.href, ifMatch: remote.etag) == .preconditionFailed {
                conflict(object.uid, into: &report, progress: progress)
            } else {
                report.updated.append(object.uid)
                progress("updated   \(object.uid) (SEQUENCE \(remote.object.sequence) → \(object.sequence)\(object.isCancelled ? ", cancelled" : ""))")
            }
        case .cancel(let object, let remote):
            if try await client.put(object.text, at: remote.href, ifMatch: remote.etag) == .preconditionFailed {
                conflict(object.uid, into: &report, progress: progress)
            } else {
                report.cancelled.append(object.uid)
                progress("cancelled \(object.uid) (no longer in the feed; SEQUENCE \(object.sequence))")
            }
        case .delete(let remote):
            if try await client.delete(at: remote.href, ifMatch: remote.etag) == .preconditionFailed {
                conflict(remote.object.uid, into: &report, progress: progress)
            } else {
                report.deleted.append(remote.object.uid)
                progress("deleted   \(remote.object.uid)")
            }
        }
    }

    private func conflict(_ uid: String, into report: inout PublishReport, progress: (String) -> Void) {
        report.conflicts.append(uid)
        progress("conflict  \(uid): changed on the server since it was read (412); not overwritten")
    }
}
