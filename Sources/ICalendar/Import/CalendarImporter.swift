public import Curriculum

/// Reads busy times and closed dates from iCalendar files exported by calendar apps (Google,
/// Outlook, Thunderbird, Nextcloud…), through libical.
///
/// Files over `CalendarFile.maximumBytes` (10 MiB) are refused; recurrences are followed only to the
/// end of the asked period. Any problem (X-LIC-ERROR, missing DTSTART, unknown TZID, runaway RRULE)
/// is an `ICalendarError` naming the file and the component. Call from one thread at a time: libical
/// loads the built-in zones it needs on first use.
public struct CalendarImporter {
    /// The busy times of `path` that overlap `from`…`to` (both included, in `timezone`), sorted:
    /// every instance of its VEVENTs that is neither CANCELLED nor TRANSPARENT, and the FREEBUSY
    /// periods of its VFREEBUSYs other than FBTYPE=FREE.
    /// - Parameters:
    ///   - timezone: IANA zone of floating times, all-day events and the period (the trainer's or venue's).
    /// - Throws: `ICalendarError`.
    public static func busyIntervals(path: String, from: LocalDate, to: LocalDate, timezone: String) throws -> [BusyInterval] {
        let file = try CalendarFile(path: path)
        let zone = try floatingZone(timezone)
        let window = bounds(from: from, to: to, zone: zone)
        var result: [BusyInterval] = []
        var steps = 0
        for calendar in file.calendars {
            let expander = EventExpander(path: path, zoneUses: file.zoneUses, eventLines: file.eventLines, calendar: calendar, floatingZone: zone, window: window)
            for instance in try expander.instances(steps: &steps) where !instance.transparent {
                result.append(BusyInterval(
                    start: instance.start, end: instance.end, allDay: instance.firstDate != nil, summary: instance.summary,
                    line: instance.line
                ))
            }
            result += try freeBusy(in: calendar, path: path, window: window)
        }
        return Array(Set(result)).sorted()
    }

    /// The dates of `from`…`to` covered by an all-day event of `path` (a holiday calendar), the
    /// event's SUMMARY as reason, sorted by date then reason; TRANSPARENT events count (holiday
    /// calendars mark them so), timed events do not.
    /// - Parameters:
    ///   - venue: the venue the closures apply to (nil: every venue).
    ///   - source: where the closure is stated (default: the file itself).
    /// - Throws: `ICalendarError`.
    public static func closedDates(
        path: String, from: LocalDate, to: LocalDate, venue: String? = nil, source: SourceLocation? = nil
    ) throws -> [ClosedDate] {
        let file = try CalendarFile(path: path)
        let window = bounds(from: from, to: to, zone: LibicalCalls.utcZone())
        var found: [LocalDate: [String]] = [:]
        var steps = 0
        for calendar in file.calendars {
            let expander = EventExpander(path: path, zoneUses: file.zoneUses, eventLines: file.eventLines, calendar: calendar, floatingZone: LibicalCalls.utcZone(), window: window)
            for instance in try expander.instances(steps: &steps) {
                guard let first = instance.firstDate else { continue }
                // Clip first: only the dates of the period, however long the event.
                let last = first.adding(days: instance.dayCount - 1)
                guard first <= to, last >= from else { continue }
                for date in max(first, from).through(min(last, to)) {
                    if !found[date, default: []].contains(instance.summary) { found[date, default: []].append(instance.summary) }
                }
            }
        }
        let location = source ?? SourceLocation(file: path, line: 0, column: 0)
        return found.keys.sorted().flatMap { date in
            found[date, default: []].sorted().map { ClosedDate(date: date, reason: $0, venue: venue, source: location) }
        }
    }

    /// The closed dates of every `.calendarFile` closure of the programme, over its period, each with
    /// the closure's venue and location: the `extraClosures` of `TeachingCalendar`.
    /// - Throws: `ICalendarError` for the first file that cannot be read.
    public static func closedDates(of programme: Programme) throws -> [ClosedDate] {
        var result: [ClosedDate] = []
        for closure in programme.calendar.closures {
            guard case .calendarFile(let path) = closure.kind else { continue }
            result += try closedDates(
                path: path, from: programme.calendar.start, to: programme.calendar.end, venue: closure.venue, source: closure.location
            )
        }
        return result
    }

    /// The busy times of a trainer's `busyCalendar` over the programme's period, floating times and
    /// all-day events taken in the zone of the programme's first venue; empty without a calendar.
    /// - Throws: `ICalendarError`.
    public static func busyIntervals(of trainer: Trainer, in programme: Programme) throws -> [BusyInterval] {
        guard let path = trainer.busyCalendar else { return [] }
        return try busyIntervals(
            path: path, from: programme.calendar.start, to: programme.calendar.end,
            timezone: programme.venues.first?.timezone ?? "UTC"
        )
    }

    private static func floatingZone(_ timezone: String) throws -> OpaquePointer? {
        if timezone == "UTC" { return LibicalCalls.utcZone() }
        guard let zone = LibicalCalls.builtinZone(timezone) else {
            throw ICalendarError.unknownTimeZone(timezone, usedBy: "calendar import")
        }
        return zone
    }

    /// From midnight of `from` to midnight after `to`, in `zone`, as Unix seconds.
    private static func bounds(from: LocalDate, to: LocalDate, zone: OpaquePointer?) -> Range<Int> {
        let end = to.adding(days: 1)
        let lower = LibicalCalls.unixTime(ICalTime(year: from.year, month: from.month, day: from.day), zone: zone)
        let upper = LibicalCalls.unixTime(ICalTime(year: end.year, month: end.month, day: end.day), zone: zone)
        return lower..<max(lower, upper)
    }

    /// The busy periods of the VFREEBUSY components (FREEBUSY values are UTC, RFC 5545 §3.8.2.6).
    private static func freeBusy(in calendar: OpaquePointer, path: String, window: Range<Int>) throws -> [BusyInterval] {
        var result: [BusyInterval] = []
        for component in LibicalCalls.children(of: calendar) where LibicalCalls.kindName(of: component) == "VFREEBUSY" {
            for property in LibicalCalls.properties(of: component, named: "FREEBUSY") {
                if (LibicalCalls.parameter("FBTYPE", of: property) ?? "BUSY").uppercased() == "FREE" { continue }
                guard let period = LibicalCalls.period(of: property) else {
                    throw ICalendarError.malformed(path: path, component: CalendarFile.describe(component), message: "unreadable FREEBUSY period")
                }
                let start = LibicalCalls.unixTime(period.start, zone: LibicalCalls.utcZone())
                let end = period.end.map { LibicalCalls.unixTime($0, zone: LibicalCalls.utcZone()) } ?? start + (period.seconds ?? 0)
                if start < window.upperBound, end > window.lowerBound {
                    result.append(BusyInterval(start: start, end: end, allDay: false, summary: "busy"))
                }
            }
        }
        return result
    }
}
