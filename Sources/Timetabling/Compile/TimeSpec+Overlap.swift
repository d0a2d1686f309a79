import Curriculum

extension TimeSpec {
    /// Whether the interval `[startTime, endTime)` of `date`, in window `window`, meets this set
    /// (its date and window match and the time spans intersect).
    func overlaps(date: LocalDate, window: String?, startTime: TimeOfDay, endTime: TimeOfDay) -> Bool {
        if !dates.isEmpty || from != nil || to != nil {
            let inList = dates.contains(date)
            let inRange = (from != nil || to != nil) && (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
            if !(inList || inRange) { return false }
        }
        if !weekdays.isEmpty, !weekdays.contains(date.weekday) { return false }
        if !windows.isEmpty { guard let window, windows.contains(window) else { return false } }
        if let start, endTime <= start { return false }
        if let end, startTime >= end { return false }
        return true
    }
}
