/// Why a feed could not be written or a calendar file could not be read.
///
/// Reading errors name the file and the component (`VEVENT "Team meeting" (UID abc@example.com)`);
/// `description` writes the message, with a hint on a new line starting "Maybe…".
public enum ICalendarError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A timestamp (the schedule's `published`, or an occurrence's `lastModified`) is not ISO 8601.
    case invalidTimestamp(String)
    /// A time zone used by the schedule is unknown to the system tzdata.
    case unknownTimeZone(String, usedBy: String)
    /// The file could not be read.
    case unreadableFile(path: String, reason: String)
    /// The file is larger than the import limit (`bytes`: its size, or what was read before stopping).
    case fileTooLarge(path: String, bytes: Int, limit: Int)
    /// The file holds no VCALENDAR.
    case notACalendar(path: String)
    /// libical reported an error (X-LIC-ERROR) in a component.
    case malformed(path: String, component: String, message: String)
    /// An event has no DTSTART (or a DTSTART libical cannot read).
    case missingStart(path: String, component: String)
    /// A TZID is neither defined by a VTIMEZONE of the file nor a known IANA or Windows zone name;
    /// `line` is where the file first uses it.
    case unknownTimeZoneID(path: String, line: Int?, component: String, tzid: String)
    /// An RRULE libical cannot iterate.
    case invalidRecurrence(path: String, component: String)
    /// A value that decides when someone is busy is impossible or malformed (a date that does not
    /// exist, a UTC offset that is no offset, a DTEND before DTSTART, a time-zone rule that is not
    /// yearly); `line` is the value's line in the file, `component` names the component and its line.
    case invalidValue(path: String, line: Int, component: String, message: String)
    /// The recurrences of the file need more than `limit` steps of expansion in all.
    case tooMuchWork(path: String, component: String, limit: Int)
    /// A recurrence produces more instances than the import bounds allow.
    case tooManyOccurrences(path: String, component: String, limit: Int)

    public var description: String {
        switch self {
        case .invalidTimestamp(let text):
            return "'\(text)' is not an ISO 8601 UTC timestamp such as 2023-01-10T12:00:00Z."
        case .unknownTimeZone(let zone, let user):
            return "\(user): unknown time zone '\(zone)'.\nMaybe install tzdata, or use an IANA name such as Europe/Paris."
        case .unreadableFile(let path, let reason):
            return "\(path): cannot read the calendar: \(reason)."
        case .fileTooLarge(let path, let bytes, let limit):
            return "\(path): the calendar has \(bytes) bytes or more, over the \(limit) bytes Cursus reads.\n"
                + "Maybe export only the months the programme covers."
        case .notACalendar(let path):
            return "\(path): no VCALENDAR found.\nMaybe this is not an iCalendar (.ics) file."
        case .malformed(let path, let component, let message):
            return "\(path): \(component): \(message)."
        case .missingStart(let path, let component):
            return "\(path): \(component) has no readable DTSTART."
        case .unknownTimeZoneID(let path, let line, let component, let tzid):
            return "\(path)\(line.map { ":\($0)" } ?? ""): \(component) uses time zone '\(tzid)', which the file does not define and Cursus does not know.\n"
                + "Maybe export the calendar with its time zones (VTIMEZONE) included."
        case .invalidRecurrence(let path, let component):
            return "\(path): \(component) has an RRULE that cannot be expanded."
        case .invalidValue(let path, let line, let component, let message):
            return "\(path):\(line): \(component): \(message)."
        case .tooMuchWork(let path, let component, let limit):
            return "\(path): \(component): the recurrences of the file need more than \(limit) steps to expand over the period.\n"
                + "Maybe export only the months the programme covers, or check the RRULEs."
        case .tooManyOccurrences(let path, let component, let limit):
            return "\(path): \(component) repeats more than \(limit) times before the end of the period.\n"
                + "Maybe the RRULE is much more frequent than intended."
        }
    }
}
