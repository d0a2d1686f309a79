public import Curriculum

/// Why a schedule does not stand for a solution of the instance it was mapped from.
public enum CTTMappingError: Error, Hashable, Sendable {
    /// The occurrence (by key) belongs to a session that is no course of the instance.
    case unknownSession(String)
    /// The occurrence has no room.
    case noRoom(String)
    /// The occurrence falls on a date outside the instance's days.
    case outsideWeek(String, LocalDate)
    /// The occurrence does not cover exactly one period of the instance.
    case offGrid(String, TimeOfDay, TimeOfDay)
}

extension CTTMappingError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .unknownSession(key): return "occurrence \(key) is not a lecture of a course of the instance"
        case let .noRoom(key): return "occurrence \(key) has no room"
        case let .outsideWeek(key, date): return "occurrence \(key) falls on \(date), outside the instance's days"
        case let .offGrid(key, start, end):
            return "occurrence \(key) runs \(start)–\(end), which is not one period of the instance"
        }
    }
}
