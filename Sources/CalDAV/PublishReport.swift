/// What one `cursus publish` did and did not do.
public struct PublishReport: Sendable, Hashable {
    public var created: [String] = []
    public var updated: [String] = []
    public var cancelled: [String] = []
    public var deleted: [String] = []
    /// UIDs whose write the server refused with 412: changed (or created) on the server since they
    /// were read; not overwritten.
    public var conflicts: [String] = []
    public var unchanged = 0
    /// Writes not attempted because `failure` stopped the run.
    public var notSent = 0
    /// The error that stopped the run, if any.
    public var failure: CalDAVError?

    /// The number of requests that changed the calendar.
    public var writes: Int { created.count + updated.count + cancelled.count + deleted.count }

    /// `3 created, 1 updated, 1 cancelled, 0 deleted, 40 unchanged` and, when any, the conflicts and
    /// writes not sent.
    public var summary: String {
        var parts = [
            "\(created.count) created", "\(updated.count) updated", "\(cancelled.count) cancelled",
            "\(deleted.count) deleted", "\(unchanged) unchanged",
        ]
        if !conflicts.isEmpty { parts.append("\(conflicts.count) not written (changed on the server: 412)") }
        if failure != nil { parts.append("\(notSent) not sent") }
        return parts.joined(separator: ", ")
    }
}
