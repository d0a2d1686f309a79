import Foundation
@testable import ICalendar

/// A written feed read back through libical, for assertions.
struct FeedInspection {
    struct Event {
        var uid: String
        var status: String
        var sequence: Int
        var lastModified: String
        var stamp: String
        /// Unix seconds of DTSTART and DTEND, resolved through the feed's own VTIMEZONEs.
        var start: Int
        var end: Int
        var startLine: String
        /// DESCRIPTION as libical reads it back (unescaped).
        var description: String
        /// The values of every CATEGORIES property, as libical reads them back.
        var categories: [String]
        /// The event's text, BEGIN:VEVENT to END:VEVENT.
        var text: String
    }

    let errors: [String]
    let events: [Event]
    let timezoneIDs: [String]
    let calendarProperties: [String: String]

    init(_ text: String) {
        guard let root = LibicalCalls.parse(text) else { fatalError("libical found no component") }
        let handle = ComponentHandle(owning: root)
        func allErrors(_ component: OpaquePointer) -> [String] {
            LibicalCalls.errors(in: component) + LibicalCalls.children(of: component).flatMap(allErrors)
        }
        errors = allErrors(handle.pointer)
        func value(_ name: String, _ component: OpaquePointer) -> String {
            LibicalCalls.properties(of: component, named: name).first.flatMap(LibicalCalls.valueText) ?? ""
        }
        let children = LibicalCalls.children(of: handle.pointer)
        timezoneIDs = children.filter { LibicalCalls.kindName(of: $0) == "VTIMEZONE" }.map { value("TZID", $0) }
        var properties: [String: String] = [:]
        for name in ["PRODID", "VERSION", "METHOD", "X-WR-CALNAME", "X-WR-TIMEZONE", "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "CALSCALE"] {
            properties[name] = value(name, handle.pointer)
        }
        calendarProperties = properties
        let blocks = Self.eventBlocks(text)
        let resolver = TimeZoneResolver(calendar: handle.pointer)
        events = children.filter { LibicalCalls.kindName(of: $0) == "VEVENT" }.enumerated().map { index, event in
            func instant(_ name: String) -> Int {
                guard let property = LibicalCalls.properties(of: event, named: name).first,
                      let time = LibicalCalls.time(of: property) else { return Int.min }
                if time.isDate {
                    var midnight = time
                    midnight.isDate = false
                    return LibicalCalls.unixTime(midnight, zone: nil)
                }
                let zone = LibicalCalls.parameter("TZID", of: property).flatMap(resolver.zone)
                return LibicalCalls.unixTime(time, zone: zone)
            }
            return Event(
                uid: value("UID", event), status: value("STATUS", event), sequence: Int(value("SEQUENCE", event)) ?? -1,
                lastModified: value("LAST-MODIFIED", event), stamp: value("DTSTAMP", event),
                start: instant("DTSTART"), end: instant("DTEND"),
                startLine: blocks[index].split(separator: "\r\n").first { $0.hasPrefix("DTSTART") }.map(String.init) ?? "",
                description: value("DESCRIPTION", event),
                categories: LibicalCalls.properties(of: event, named: "CATEGORIES").compactMap(LibicalCalls.valueText),
                text: blocks[index]
            )
        }
    }

    /// The VEVENT texts of a feed, in order.
    static func eventBlocks(_ text: String) -> [String] {
        text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().map {
            "BEGIN:VEVENT\r\n" + $0.components(separatedBy: "END:VEVENT\r\n")[0] + "END:VEVENT\r\n"
        }
    }

    func event(_ uid: String) -> Event? { events.first { $0.uid == uid } }
}
