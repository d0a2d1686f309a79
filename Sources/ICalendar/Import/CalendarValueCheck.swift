internal import Curriculum

/// Checks the values that decide when someone is busy, on the text of a calendar file and before
/// libical reads it, so that each problem is reported with its line: impossible dates and times
/// (`DTSTART:20240230`), UTC offsets that are not `±hhmm[ss]` (`TZOFFSETFROM:banana`), a DTEND
/// before its DTSTART, and time-zone rules that are not yearly or have too many parts (libical would
/// expand them over every year since their start).
struct CalendarValueCheck {
    /// Sub-components (STANDARD, DAYLIGHT) of one VTIMEZONE.
    static let maximumZoneParts = 1_000
    /// RDATE values of the VTIMEZONEs of a file.
    static let maximumZoneDates = 10_000

    let path: String

    private struct Property {
        var name: String
        var parameters: String
        var value: String
        var line: Int
    }

    private struct Component {
        var kind: String
        var line: Int
        var properties: [Property] = []
        var parts = 0
    }

    /// Lines of a calendar file that later messages cite.
    struct Lines {
        /// The line where each TZID parameter is first used, so that a later error about that zone
        /// (``ICalendarError/unknownTimeZoneID(path:line:component:tzid:)``) can name it.
        var zoneUses: [String: Int] = [:]
        /// The line of each VEVENT's `BEGIN:VEVENT` (those directly inside a VCALENDAR), in file
        /// order, so that a busy time can be traced to its event.
        var events: [Int] = []
    }

    /// - Throws: ``ICalendarError/invalidValue(path:line:component:message:)`` for the first problem.
    /// - Complexity: O(n) in the length of the text.
    @discardableResult
    func check(_ text: String) throws -> Lines {
        var stack: [Component] = []
        var lines = Lines()
        var zoneDates = 0
        var logical: (text: Substring, line: Int)?
        var lineNumber = 0
        func finish(_ entry: (text: Substring, line: Int)) throws {
            guard let colon = Self.valueStart(entry.text) else { return }
            let head = entry.text[..<colon]
            let name = head.prefix { $0 != ";" }.uppercased()
            let value = String(entry.text[entry.text.index(after: colon)...])
            switch name {
            case "BEGIN":
                if stack.last.map({ $0.kind == "VTIMEZONE" }) == true {
                    stack[stack.count - 1].parts += 1
                    if stack[stack.count - 1].parts > Self.maximumZoneParts {
                        throw failure(stack[stack.count - 1], line: entry.line, "more than \(Self.maximumZoneParts) STANDARD and DAYLIGHT parts")
                    }
                }
                stack.append(Component(kind: value.uppercased(), line: entry.line))
            case "END":
                guard let component = stack.popLast() else { return }
                try check(component, zoneDates: &zoneDates)
                if component.kind == "VEVENT", stack.last?.kind == "VCALENDAR" { lines.events.append(component.line) }
            default:
                guard !stack.isEmpty else { return }
                if let tzid = Self.tzidParameter(head), lines.zoneUses[tzid] == nil { lines.zoneUses[tzid] = entry.line }
                stack[stack.count - 1].properties.append(
                    Property(name: name, parameters: String(head.dropFirst(name.count)).uppercased(), value: value, line: entry.line)
                )
            }
        }
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if let first = line.first, first == " " || first == "\t", logical != nil {
                logical!.text += line.dropFirst()
                continue
            }
            if let entry = logical { try finish(entry) }
            logical = (line, lineNumber)
        }
        if let entry = logical { try finish(entry) }
        return lines
    }

    /// The value of the TZID parameter in a property's name and parameters (`DTSTART;TZID="Europe/Paris"`).
    private static func tzidParameter(_ head: Substring) -> String? {
        for parameter in head.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].uppercased() == "TZID" else { continue }
            var value = parts[1]
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = value.dropFirst().dropLast() }
            return String(value)
        }
        return nil
    }

    /// The index of the colon that ends the name and parameters (colons inside quoted parameter values do not count).
    private static func valueStart(_ line: Substring) -> Substring.Index? {
        var quoted = false
        for index in line.indices {
            switch line[index] {
            case "\"": quoted.toggle()
            case ":" where !quoted: return index
            default: break
            }
        }
        return nil
    }

    private func check(_ component: Component, zoneDates: inout Int) throws {
        let dated = ["DTSTART", "DTEND", "DUE", "RECURRENCE-ID", "EXDATE", "RDATE"]
        for property in component.properties where dated.contains(property.name) {
            if property.name == "RDATE", component.kind == "STANDARD" || component.kind == "DAYLIGHT" {
                zoneDates += property.value.split(separator: ",").count
                if zoneDates > Self.maximumZoneDates {
                    throw failure(component, line: property.line, "the time zones of the file list more than \(Self.maximumZoneDates) RDATE values")
                }
            }
            if property.parameters.contains("VALUE=PERIOD") { continue }
            for value in property.value.split(separator: ",", omittingEmptySubsequences: false) where !value.contains("/") {
                if let problem = Self.dateProblem(value) {
                    throw failure(component, line: property.line, "\(property.name) \(value): \(problem)")
                }
            }
        }
        switch component.kind {
        case "STANDARD", "DAYLIGHT":
            for name in ["TZOFFSETFROM", "TZOFFSETTO"] {
                guard let property = component.properties.first(where: { $0.name == name }) else {
                    throw failure(component, line: component.line, "no \(name)")
                }
                if !Self.isOffset(property.value) {
                    throw failure(component, line: property.line, "\(name) \(property.value): expected a UTC offset such as +0100 or -053000")
                }
            }
            for property in component.properties where property.name == "RRULE" {
                let frequency = property.value.uppercased().split(separator: ";").first { $0.hasPrefix("FREQ=") }?.dropFirst(5)
                guard frequency == "YEARLY" else {
                    throw failure(component, line: property.line, "a time zone rule must repeat yearly (FREQ=YEARLY), found RRULE \(property.value)")
                }
            }
        case "VEVENT":
            guard let start = component.properties.first(where: { $0.name == "DTSTART" }),
                  let end = component.properties.first(where: { $0.name == "DTEND" }),
                  start.parameters == end.parameters, start.value.count == end.value.count, end.value < start.value
            else { return }
            throw failure(component, line: end.line, "DTEND \(end.value) is before DTSTART \(start.value)")
        default:
            return
        }
    }

    /// Why `value` is no date (`YYYYMMDD`) or date-time (`YYYYMMDDThhmmss`, optionally `Z`), or nil.
    static func dateProblem(_ value: Substring) -> String? {
        let digits = { (text: Substring) in text.allSatisfy { $0.isASCII && $0.isNumber } }
        let datePart = value.prefix(8)
        guard datePart.count == 8, digits(datePart) else { return "expected a date such as 20240131 or a date-time such as 20240131T093000" }
        let year = Int(datePart.prefix(4))!, month = Int(datePart.dropFirst(4).prefix(2))!, day = Int(datePart.suffix(2))!
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let days = LocalDate.daysIn(month: month, year: year)
        guard (1...days).contains(day) else { return "month \(month) of \(year) has \(days) days, not \(day)" }
        var rest = value.dropFirst(8)
        if rest.isEmpty { return nil }
        guard rest.first == "T" else { return "expected a date such as 20240131 or a date-time such as 20240131T093000" }
        rest = rest.dropFirst()
        if rest.last == "Z" { rest = rest.dropLast() }
        guard rest.count == 6, digits(rest) else { return "expected a time such as T093000 after the date" }
        let hour = Int(rest.prefix(2))!, minute = Int(rest.dropFirst(2).prefix(2))!, second = Int(rest.suffix(2))!
        guard hour <= 23, minute <= 59, second <= 60 else { return "there is no time \(rest.prefix(2)):\(rest.dropFirst(2).prefix(2)):\(rest.suffix(2))" }
        return nil
    }

    /// Whether `value` is a UTC offset `±hhmm` or `±hhmmss` (hours up to 23, minutes and seconds up to 59).
    static func isOffset(_ value: String) -> Bool {
        guard let sign = value.first, sign == "+" || sign == "-" else { return false }
        let digits = value.dropFirst()
        guard digits.count == 4 || digits.count == 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let parts = stride(from: 0, to: digits.count, by: 2).map { Int(digits.dropFirst($0).prefix(2))! }
        return parts[0] <= 23 && parts.dropFirst().allSatisfy { $0 <= 59 }
    }

    private func failure(_ component: Component, line: Int, _ message: String) -> ICalendarError {
        let summary = component.properties.first { $0.name == "SUMMARY" }.map { " \"\($0.value)\"" } ?? ""
        let uid = component.properties.first { $0.name == "UID" }.map { " (UID \($0.value))" } ?? ""
        let tzid = component.properties.first { $0.name == "TZID" }.map { " (TZID \($0.value))" } ?? ""
        return .invalidValue(path: path, line: line, component: "\(component.kind)\(summary)\(uid)\(tzid) at line \(component.line)", message: message)
    }
}
