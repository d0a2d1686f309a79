import Curriculum

/// The half-days of a problem's grid: one per distinct (date, window name), in grid order, and
/// which of them follow the previous one in a row (same date, or the next calendar date).
struct HalfDayGrid: Sendable {
    /// Half-day of each period.
    let ofPeriod: [Int32]
    /// Date (index into ``Problem/dates``) of each half-day.
    let day: [Int]
    /// Whether half-day `h` continues a row from half-day `h - 1` (false for the first).
    let followsPrevious: [Bool]

    init(_ problem: Problem) {
        struct Key: Hashable { var day: Int; var name: String }
        var index: [Key: Int32] = [:]
        var day: [Int] = []
        var ofWindow: [Int32] = []
        for window in problem.windows {
            let key = Key(day: window.day, name: window.name)
            if index[key] == nil {
                index[key] = Int32(day.count)
                day.append(window.day)
            }
            ofWindow.append(index[key]!)
        }
        ofPeriod = problem.periodWindow.map { ofWindow[Int($0)] }
        self.day = day
        followsPrevious = day.indices.map { h in
            h > 0 && (day[h] == day[h - 1] || problem.dates[day[h - 1]].adding(days: 1) == problem.dates[day[h]])
        }
    }
}
