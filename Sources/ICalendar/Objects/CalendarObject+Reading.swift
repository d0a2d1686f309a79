/// Reading calendar objects from a feed, and from the copies a CalDAV server holds.
extension CalendarObject {
    /// The properties that change on every write without the event changing.
    static let volatileProperties: Set<String> = ["DTSTAMP", "LAST-MODIFIED"]

    /// One object per UID of the feed at `path`, in the feed's order.
    /// - Throws: `ICalendarError` when the file cannot be read or parsed, or an event has no UID.
    public static func objects(inFeedAt path: String) throws -> [CalendarObject] {
        let file = try CalendarFile(path: path)
        var objects: [CalendarObject] = []
        for calendar in file.calendars {
            let events = LibicalCalls.children(of: calendar).filter { LibicalCalls.kindName(of: $0) == "VEVENT" }
            for event in events where uid(of: event) == nil {
                throw ICalendarError.malformed(path: path, component: CalendarFile.describe(event), message: "no UID")
            }
            var order: [String] = []
            var byUID: [String: [OpaquePointer]] = [:]
            for event in events {
                let id = uid(of: event) ?? ""
                if byUID[id] == nil { order.append(id) }
                byUID[id, default: []].append(event)
            }
            objects += order.map { CalendarObject(uid: $0, events: byUID[$0] ?? [], in: calendar) }
        }
        return objects
    }

    /// The object a server sent (`calendar-data`); nil when the text holds no VEVENT with a UID.
    public init?(serverCopy text: String) {
        guard let pointer = LibicalCalls.parse(text) else { return nil }
        let root = ComponentHandle(owning: pointer)
        let calendar = LibicalCalls.kindName(of: root.pointer) == "VCALENDAR"
            ? root.pointer
            : LibicalCalls.children(of: root.pointer).first { LibicalCalls.kindName(of: $0) == "VCALENDAR" }
        guard let calendar else { return nil }
        let events = LibicalCalls.children(of: calendar).filter { LibicalCalls.kindName(of: $0) == "VEVENT" }
        guard let first = events.first, let id = Self.uid(of: first) else { return nil }
        self.init(uid: id, events: events.filter { Self.uid(of: $0) == id }, in: calendar)
    }

    /// Builds the object from `events` (borrowed from `calendar`), copying the calendar's PRODID and
    /// VERSION and the VTIMEZONEs the events use.
    init(uid: String, events: [OpaquePointer], in calendar: OpaquePointer) {
        let object = ComponentHandle(.calendar)
        for name in ["PRODID", "VERSION", "CALSCALE"] {
            for property in LibicalCalls.properties(of: calendar, named: name) {
                LibicalCalls.addCopy(of: property, to: object.pointer)
            }
        }
        let zones = Set(events.flatMap { event in
            LibicalCalls.allProperties(of: event).compactMap { LibicalCalls.parameter("TZID", of: $0) }
        })
        for zone in LibicalCalls.children(of: calendar) where LibicalCalls.kindName(of: zone) == "VTIMEZONE" {
            let tzid = LibicalCalls.properties(of: zone, named: "TZID").first.flatMap(LibicalCalls.valueText)
            if let tzid, zones.contains(tzid) { LibicalCalls.add(component: LibicalCalls.clone(zone), to: object.pointer) }
        }
        for event in events { LibicalCalls.add(component: LibicalCalls.clone(event), to: object.pointer) }
        self.init(uid: uid, object: object)
    }

    /// Reads the summary fields off a built VCALENDAR.
    init(uid: String, object: ComponentHandle) {
        let events = LibicalCalls.children(of: object.pointer).filter { LibicalCalls.kindName(of: $0) == "VEVENT" }
        let sequences = events.compactMap { event in
            LibicalCalls.properties(of: event, named: "SEQUENCE").first.flatMap(LibicalCalls.valueText).flatMap { Int($0) }
        }
        let statuses = events.map { event in
            LibicalCalls.properties(of: event, named: "STATUS").first.flatMap(LibicalCalls.valueText)
        }
        let lines = events.flatMap { event in
            LibicalCalls.allProperties(of: event)
                .filter { !Self.volatileProperties.contains(LibicalCalls.name(of: $0)) }
                .map(LibicalCalls.line)
        }
        self.init(
            uid: uid, text: object.text, sequence: sequences.max() ?? 0,
            isCancelled: !statuses.isEmpty && statuses.allSatisfy { $0 == "CANCELLED" }, fingerprint: lines.sorted()
        )
    }

    static func uid(of event: OpaquePointer) -> String? {
        LibicalCalls.properties(of: event, named: "UID").first.flatMap(LibicalCalls.valueText)
    }
}
