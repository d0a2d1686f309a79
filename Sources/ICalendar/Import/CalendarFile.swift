internal import Curriculum
import Foundation

/// An iCalendar file read and parsed by libical, checked for errors, owning its components.
struct CalendarFile {
    /// Files larger than this are refused (10 MiB).
    static let maximumBytes = 10 * 1024 * 1024

    let path: String
    /// The line where each TZID parameter of the file is first used.
    let zoneUses: [String: Int]
    /// The line of each VEVENT of the file (libical keeps the file's order); empty when the text and
    /// libical's reading disagree on the count, so that no event is cited at a wrong line.
    let eventLines: [OpaquePointer: Int]
    private let root: ComponentHandle
    /// The VCALENDARs of the file (borrowed from `root`).
    let calendars: [OpaquePointer]

    /// Reads and parses `path`.
    /// - Throws: `ICalendarError.unreadableFile` (also for a folder, FIFO or device, refused before
    ///   reading), `.fileTooLarge`, `.invalidValue` (see ``CalendarValueCheck``), `.notACalendar`, or
    ///   `.malformed` naming the first component where libical left an X-LIC-ERROR.
    init(path: String) throws {
        self.path = path
        let data: [UInt8]
        do {
            data = try InputFile.bytes(atPath: path, limit: Self.maximumBytes)
        } catch {
            if case let .tooLarge(_, bytes, limit) = error { throw ICalendarError.fileTooLarge(path: path, bytes: bytes, limit: limit) }
            throw ICalendarError.unreadableFile(path: path, reason: error.reason)
        }
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = try CalendarValueCheck(path: path).check(text)
        zoneUses = lines.zoneUses
        guard let pointer = LibicalCalls.parse(text) else { throw ICalendarError.notACalendar(path: path) }
        root = ComponentHandle(owning: pointer)
        switch LibicalCalls.kindName(of: pointer) {
        case "VCALENDAR": calendars = [pointer]
        case "XROOT": calendars = LibicalCalls.children(of: pointer).filter { LibicalCalls.kindName(of: $0) == "VCALENDAR" }
        default: calendars = []
        }
        let events = calendars.flatMap { LibicalCalls.children(of: $0).filter { LibicalCalls.kindName(of: $0) == "VEVENT" } }
        eventLines = events.count == lines.events.count ? Dictionary(uniqueKeysWithValues: zip(events, lines.events)) : [:]
        guard !calendars.isEmpty else { throw ICalendarError.notACalendar(path: path) }
        for calendar in calendars { try check(calendar) }
    }

    /// The properties whose value decides when someone is busy: an error on any of them is fatal.
    static let timeProperties = [
        "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "FREEBUSY", "TZID",
        "TZOFFSETFROM", "TZOFFSETTO", "STATUS", "TRANSP", "UID",
    ]

    /// Whether libical's X-LIC-ERROR message is harmless here: an empty property that says nothing of
    /// time (real Google exports hold `LOCATION:` lines with no value, which libical reports and drops).
    static func isHarmless(_ message: String) -> Bool {
        guard message.hasPrefix("No value for ") else { return false }
        return !timeProperties.contains { message.hasPrefix("No value for \($0) property") }
    }

    /// Throws for the first X-LIC-ERROR (other than harmless ones) in the calendar, its events,
    /// free/busy and time zones.
    private func check(_ component: OpaquePointer) throws {
        if let message = LibicalCalls.errors(in: component).first(where: { !Self.isHarmless($0) }) {
            throw ICalendarError.malformed(path: path, component: Self.describe(component), message: message)
        }
        for child in LibicalCalls.children(of: component)
        where ["VEVENT", "VFREEBUSY", "VTIMEZONE", "STANDARD", "DAYLIGHT"].contains(LibicalCalls.kindName(of: child)) {
            try check(child)
        }
    }

    /// `VEVENT "Team meeting" (UID abc@example.com)`, for messages.
    static func describe(_ component: OpaquePointer) -> String {
        let kind = LibicalCalls.kindName(of: component)
        let summary = LibicalCalls.properties(of: component, named: "SUMMARY").first.flatMap(LibicalCalls.valueText)
        let uid = LibicalCalls.properties(of: component, named: "UID").first.flatMap(LibicalCalls.valueText)
        let tzid = LibicalCalls.properties(of: component, named: "TZID").first.flatMap(LibicalCalls.valueText)
        return [kind, summary.map { "\"\($0)\"" }, uid.map { "(UID \($0))" }, tzid.map { "(TZID \($0))" }]
            .compactMap { $0 }.joined(separator: " ")
    }
}
