public import Curriculum
import Foundation

/// The `--freeze-until` line: occurrences that start before it are fixed.
public enum FreezeLine: Hashable, Sendable {
    /// Midnight at the start of this date, in each occurrence's own zone.
    case date(LocalDate)
    /// An instant, in seconds since 1970 (what `now` means when the command runs).
    case instant(seconds: Int)

    /// Whether `occurrence` starts before the line.
    public func holds(_ occurrence: ScheduledOccurrence) -> Bool {
        switch self {
        case .date(let date):
            return occurrence.date < date
        case .instant(let seconds):
            guard let start = ISO8601DateFormatter().date(from: occurrence.start) else { return false }
            return Int(start.timeIntervalSince1970) < seconds
        }
    }
}
