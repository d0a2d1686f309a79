/// One event as a CalDAV calendar object resource (RFC 4791 §4.1): a VCALENDAR holding the VEVENTs
/// of one UID and the VTIMEZONEs they use, without METHOD.
public struct CalendarObject: Hashable, Sendable {
    /// The events' UID, which names the resource.
    public let uid: String
    /// The resource as iCalendar text.
    public let text: String
    /// The highest SEQUENCE of its events (0 when none has one).
    public let sequence: Int
    /// Whether every event of the object is `STATUS:CANCELLED`.
    public let isCancelled: Bool
    /// The events' properties but DTSTAMP and LAST-MODIFIED, one unfolded line each, sorted: equal
    /// when two copies say the same, however a server reordered or refolded them.
    public let fingerprint: [String]
}
