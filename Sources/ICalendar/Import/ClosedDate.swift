public import Curriculum

/// A date without teaching, read from an all-day event of an iCalendar file (a holiday calendar).
public struct ClosedDate: Hashable, Sendable, Codable, Comparable {
    public var date: LocalDate
    /// The event's SUMMARY, e.g. `Lundi de Pâques`.
    public var name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }

    public static func < (lhs: ClosedDate, rhs: ClosedDate) -> Bool {
        (lhs.date, lhs.name) < (rhs.date, rhs.name)
    }
}
