import Curriculum

/// A whole VCALENDAR of a feed, written through libical.
struct CalendarDocument {
    var name: String
    /// X-WR-TIMEZONE: the zone of the feed's timed events; `fallbackTimezone` when it has none, nothing
    /// when they are in several.
    var fallbackTimezone: String
    var events: [FeedEvent]
    /// ORGANIZER of every event: the organisers' names and `mailto:` address; nil without a contact.
    var organizer: (name: String, address: String)?

    static let productID = "-//Cursus//Cursus training programmes//EN"
    /// How often subscribers should refresh (REFRESH-INTERVAL and X-PUBLISHED-TTL).
    static let refreshSeconds = 12 * 3600

    /// The iCalendar text: header, one VTIMEZONE per TZID used (sorted, cut to the rules in force
    /// from 1 January of `zonesFromYear`), then the events sorted by start and UID.
    func render(zones: ZoneCatalog, zonesFromYear: Int) -> String {
        let calendar = ComponentHandle(.calendar)
        LibicalCalls.add(.productID, Self.productID, to: calendar.pointer)
        LibicalCalls.add(.version, "2.0", to: calendar.pointer)
        LibicalCalls.add(.calendarScale, "GREGORIAN", to: calendar.pointer)
        // RFC 5546 asks a PUBLISH of an ORGANIZER in every event.
        if organizer != nil { LibicalCalls.addMethodPublish(to: calendar.pointer) }
        LibicalCalls.addEscapedText(.calendarName, [name], to: calendar.pointer)
        if let timezone { LibicalCalls.addExtension("X-WR-TIMEZONE", timezone, to: calendar.pointer) }
        LibicalCalls.addRefreshInterval(seconds: Self.refreshSeconds, to: calendar.pointer)
        LibicalCalls.addExtension("X-PUBLISHED-TTL", "PT\(Self.refreshSeconds / 3600)H", to: calendar.pointer)

        for location in usedZones {
            if let component = LibicalCalls.truncatedTimezoneComponent(of: zones.zone(location).pointer, fromYear: zonesFromYear) {
                LibicalCalls.add(component: component, to: calendar.pointer)
            }
        }
        let sorted = events.map { (key: sortKey(of: $0, zones: zones), event: $0) }
            .sorted { ($0.key, $0.event.uid) < ($1.key, $1.event.uid) }
        for (_, event) in sorted {
            LibicalCalls.add(component: component(of: event, zones: zones), to: calendar.pointer)
        }
        return calendar.text
    }

    /// The TZIDs of the timed events, sorted.
    private var usedZones: [String] {
        var used: Set<String> = []
        for case .timed(_, _, _, let zone) in events.map(\.timing) { used.insert(zone) }
        return used.sorted()
    }

    /// X-WR-TIMEZONE: the one zone of the timed events, the fallback without any, nil with several.
    var timezone: String? {
        let zones = usedZones
        return zones.isEmpty ? fallbackTimezone : zones.count == 1 ? zones[0] : nil
    }

    /// Start as Unix seconds (an all-day event at UTC midnight of its first date).
    private func sortKey(of event: FeedEvent, zones: ZoneCatalog) -> Int {
        switch event.timing {
        case .timed(let date, let start, _, let zone):
            return LibicalCalls.unixTime(Self.localTime(date, start), zone: zones.zone(zone).pointer)
        case .allDay(let from, _):
            return from.dayNumber * 86_400
        }
    }

    private func component(of event: FeedEvent, zones: ZoneCatalog) -> OpaquePointer {
        let component = LibicalCalls.newComponent(.event)
        LibicalCalls.add(.uid, event.uid, to: component)
        LibicalCalls.add(.stamp, event.stamp.icalTime, to: component)
        switch event.timing {
        case .timed(let date, let start, let end, let location):
            let zone = zones.zone(location).pointer
            LibicalCalls.add(.start, Self.localTime(date, start), zone: zone, to: component)
            LibicalCalls.add(.end, Self.localTime(date, end), zone: zone, to: component)
        case .allDay(let from, let through):
            LibicalCalls.add(.start, Self.day(from), to: component)
            LibicalCalls.add(.end, Self.day(through.adding(days: 1)), to: component)
        }
        LibicalCalls.add(.summary, event.summary, language: event.language, to: component)
        if let description = event.description {
            LibicalCalls.add(.description, description, language: event.language, to: component)
        }
        if let location = event.location {
            LibicalCalls.add(.location, location, language: event.language, to: component)
        }
        if !event.categories.isEmpty {
            LibicalCalls.addEscapedText(.categories, event.categories, language: event.language, to: component)
        }
        if let organizer {
            LibicalCalls.addOrganizer(name: organizer.name, address: organizer.address, to: component)
        }
        LibicalCalls.addStatus(cancelled: event.cancelled, to: component)
        LibicalCalls.addSequence(event.sequence, to: component)
        LibicalCalls.add(.lastModified, event.stamp.icalTime, to: component)
        return component
    }

    /// A local date-time; 24:00 becomes 00:00 of the next date.
    private static func localTime(_ date: LocalDate, _ time: TimeOfDay) -> ICalTime {
        let day = date.adding(days: time.minutes / 1440)
        let minutes = time.minutes % 1440
        return ICalTime(year: day.year, month: day.month, day: day.day, hour: minutes / 60, minute: minutes % 60)
    }

    private static func day(_ date: LocalDate) -> ICalTime {
        ICalTime(year: date.year, month: date.month, day: date.day, isDate: true)
    }
}
