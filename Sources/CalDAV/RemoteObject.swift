public import ICalendar

/// A calendar object resource as the server holds it.
public struct RemoteObject: Sendable, Hashable {
    /// Its URL path on the server (`/alice/programme/installation-1%40emancipasso-2023.cursus.ics`).
    public var href: String
    /// Its ETag, as the server sent it (quotes included).
    public var etag: String
    public var object: CalendarObject
}
