import Curriculum

/// Expands the VEVENTs of one VCALENDAR into instances inside a window, with libical's recurrence
/// iterator: RRULE, RDATE and EXDATE, RECURRENCE-ID overrides, all-day events, CANCELLED events dropped.
///
/// Bounded: a rule is followed only over the window (clipped first: the iterator jumps to the
/// window's start, less the event's length, unless the rule has a COUNT), at most
/// `maximumInstances` starts per event are generated, and at most `maximumSteps` iterator steps for
/// the whole file (`steps`, shared by the expanders of one file); past that, an error rather than a hang.
struct EventExpander {
    static let maximumInstances = 50_000
    static let maximumSteps = 200_000

    let path: String
    /// The line where each TZID parameter of the file is first used (``CalendarValueCheck/Lines/zoneUses``).
    let zoneUses: [String: Int]
    /// The line of each VEVENT (``CalendarFile/eventLines``).
    let eventLines: [OpaquePointer: Int]
    let calendar: OpaquePointer
    /// The zone of floating times and all-day dates (nil: UTC).
    let floatingZone: OpaquePointer?
    /// Seconds since 1970-01-01T00:00:00Z.
    let window: Range<Int>

    private enum RecurrenceKey: Hashable {
        case date(Int)
        case instant(Int)
    }

    private struct EventTime {
        var time: ICalTime
        var zone: OpaquePointer?
        var unix: Int
        var key: RecurrenceKey { time.isDate ? .date(LocalDate(time).dayNumber) : .instant(unix) }
    }

    /// Every instance that overlaps the window (a zero-length one: that starts in it), in file order.
    /// - Parameter steps: the iterator steps taken so far for the file, raised by this call.
    func instances(steps: inout Int) throws -> [EventInstance] {
        let events = LibicalCalls.children(of: calendar).filter { LibicalCalls.kindName(of: $0) == "VEVENT" }
        var overrides: [String: [RecurrenceKey: OpaquePointer]] = [:]
        var masters: [OpaquePointer] = []
        for event in events {
            if let property = LibicalCalls.properties(of: event, named: "RECURRENCE-ID").first {
                guard let id = try time(of: property, in: event) else {
                    throw ICalendarError.malformed(path: path, component: CalendarFile.describe(event), message: "unreadable RECURRENCE-ID")
                }
                overrides[text("UID", of: event) ?? "", default: [:]][id.key] = event
            } else {
                masters.append(event)
            }
        }
        var result: [EventInstance] = []
        var consumedUIDs: [String: Set<RecurrenceKey>] = [:]
        for master in masters where !isCancelled(master) {
            let uid = text("UID", of: master) ?? ""
            let replaced = overrides[uid] ?? [:]
            for (start, key) in try starts(of: master, steps: &steps) {
                if let override = replaced[key] {
                    consumedUIDs[uid, default: []].insert(key)
                    if !isCancelled(override) { result.append(try single(override)) }
                } else {
                    result.append(try instance(of: master, startingAt: start))
                }
            }
        }
        // Overrides of no instance the masters produced (moved in from beyond the window, or
        // without a master in the file) stand alone.
        for event in events {
            guard let property = LibicalCalls.properties(of: event, named: "RECURRENCE-ID").first,
                  let id = try time(of: property, in: event), !isCancelled(event),
                  !(consumedUIDs[text("UID", of: event) ?? ""]?.contains(id.key) ?? false)
            else { continue }
            result.append(try single(event))
        }
        return result.filter {
            $0.start < window.upperBound && ($0.end > window.lowerBound || ($0.end == $0.start && $0.start >= window.lowerBound))
        }
    }

    /// The one instance of an override (an event with RECURRENCE-ID), at its own DTSTART.
    private func single(_ event: OpaquePointer) throws -> EventInstance {
        guard let property = LibicalCalls.properties(of: event, named: "DTSTART").first, let start = try time(of: property, in: event) else {
            throw ICalendarError.missingStart(path: path, component: CalendarFile.describe(event))
        }
        return try instance(of: event, startingAt: start)
    }

    /// DTSTART, the RRULE starts before the window's end, and the RDATEs, less the EXDATEs; in order, without repeats.
    private func starts(of event: OpaquePointer, steps: inout Int) throws -> [(EventTime, RecurrenceKey)] {
        guard let property = LibicalCalls.properties(of: event, named: "DTSTART").first, let start = try time(of: property, in: event) else {
            throw ICalendarError.missingStart(path: path, component: CalendarFile.describe(event))
        }
        var excluded: Set<RecurrenceKey> = []
        for property in LibicalCalls.properties(of: event, named: "EXDATE") {
            if let time = try time(of: property, in: event) { excluded.insert(time.key) }
        }
        var seen: Set<RecurrenceKey> = []
        var result: [(EventTime, RecurrenceKey)] = []
        func add(_ time: EventTime) {
            let key = time.key
            // An EXDATE;VALUE=DATE on a timed event excludes that local date.
            let date = RecurrenceKey.date(LocalDate(time.time).dayNumber)
            guard !excluded.contains(key), !excluded.contains(date), seen.insert(key).inserted else { return }
            result.append((time, key))
        }
        add(start)
        for rule in LibicalCalls.properties(of: event, named: "RRULE") {
            guard let iterator = RecurrenceIteratorHandle(rule: rule, start: start.time, zone: start.zone) else {
                throw ICalendarError.invalidRecurrence(path: path, component: CalendarFile.describe(event))
            }
            // Clip first: starts earlier than the window's start less the event's length cannot overlap it.
            let earliest = window.lowerBound - (try length(of: event, start: start))
            if earliest > start.unix {
                _ = iterator.skip(to: earliest, isDate: start.time.isDate, zone: start.zone)
            }
            var count = 0
            while let next = iterator.next() {
                steps += 1
                if steps > Self.maximumSteps {
                    throw ICalendarError.tooMuchWork(path: path, component: CalendarFile.describe(event), limit: Self.maximumSteps)
                }
                let unix = LibicalCalls.unixTime(next, zone: start.zone)
                if unix >= window.upperBound { break }
                if unix < earliest { continue }
                count += 1
                if count > Self.maximumInstances {
                    throw ICalendarError.tooManyOccurrences(path: path, component: CalendarFile.describe(event), limit: Self.maximumInstances)
                }
                add(EventTime(time: next, zone: start.zone, unix: unix))
            }
        }
        for property in LibicalCalls.properties(of: event, named: "RDATE") {
            if let time = try time(of: property, in: event) { add(time) }
        }
        return result
    }

    /// How long each instance of `event` lasts, in seconds (DTEND less DTSTART, DURATION, a day for a date).
    private func length(of event: OpaquePointer, start: EventTime) throws -> Int {
        if let property = LibicalCalls.properties(of: event, named: "DTEND").first, let end = try time(of: property, in: event) {
            return max(0, end.unix - start.unix)
        }
        if let property = LibicalCalls.properties(of: event, named: "DURATION").first, let seconds = LibicalCalls.durationSeconds(of: property) {
            return max(0, seconds)
        }
        return start.time.isDate ? 86_400 : 0
    }

    /// The instance of `event` that starts at `start`, lasting as long as the event (DTEND, DURATION,
    /// or one day for a date, nothing for a date-time).
    private func instance(of event: OpaquePointer, startingAt start: EventTime) throws -> EventInstance {
        let summary = text("SUMMARY", of: event) ?? ""
        let line = eventLines[event]
        let transparent = text("TRANSP", of: event) == "TRANSPARENT"
        let dtstart = LibicalCalls.properties(of: event, named: "DTSTART").first
        let first = try dtstart.flatMap { try time(of: $0, in: event) } ?? start
        if start.time.isDate {
            var days = 1
            if let property = LibicalCalls.properties(of: event, named: "DTEND").first, let end = try time(of: property, in: event) {
                days = max(1, LocalDate(end.time).dayNumber - LocalDate(first.time).dayNumber)
            } else if let property = LibicalCalls.properties(of: event, named: "DURATION").first,
                      let seconds = LibicalCalls.durationSeconds(of: property) {
                days = max(1, seconds / 86_400)
            }
            let date = LocalDate(start.time)
            return EventInstance(
                start: midnight(date), end: midnight(date.adding(days: days)), firstDate: date, dayCount: days,
                summary: summary, line: line, transparent: transparent
            )
        }
        var length = 0
        if let property = LibicalCalls.properties(of: event, named: "DTEND").first, let end = try time(of: property, in: event) {
            length = max(0, end.unix - first.unix)
        } else if let property = LibicalCalls.properties(of: event, named: "DURATION").first,
                  let seconds = LibicalCalls.durationSeconds(of: property) {
            length = max(0, seconds)
        }
        return EventInstance(
            start: start.unix, end: start.unix + length, firstDate: nil, dayCount: 0, summary: summary, line: line, transparent: transparent
        )
    }

    private func midnight(_ date: LocalDate) -> Int {
        LibicalCalls.unixTime(ICalTime(year: date.year, month: date.month, day: date.day), zone: floatingZone)
    }

    /// A DATE or DATE-TIME property with its zone: UTC, its TZID's, or the floating zone.
    /// - Throws: `ICalendarError.unknownTimeZoneID` when the TZID resolves to no zone.
    private func time(of property: OpaquePointer, in event: OpaquePointer) throws -> EventTime? {
        guard let time = LibicalCalls.time(of: property) else { return nil }
        var zone = floatingZone
        if time.isUTC {
            zone = LibicalCalls.utcZone()
        } else if !time.isDate, let tzid = LibicalCalls.parameter("TZID", of: property) {
            guard let found = TimeZoneResolver(calendar: calendar).zone(tzid) else {
                throw ICalendarError.unknownTimeZoneID(
                    path: path, line: zoneUses[tzid], component: CalendarFile.describe(event), tzid: tzid
                )
            }
            zone = found
        }
        if time.isDate { return EventTime(time: time, zone: zone, unix: midnight(LocalDate(time))) }
        return EventTime(time: time, zone: zone, unix: LibicalCalls.unixTime(time, zone: zone))
    }

    private func text(_ name: String, of event: OpaquePointer) -> String? {
        LibicalCalls.properties(of: event, named: name).first.flatMap(LibicalCalls.valueText)
    }

    private func isCancelled(_ event: OpaquePointer) -> Bool {
        text("STATUS", of: event) == "CANCELLED"
    }
}

private extension LocalDate {
    init(_ time: ICalTime) {
        self.init(year: time.year, month: time.month, day: time.day)
    }
}
