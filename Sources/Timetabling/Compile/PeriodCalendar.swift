import Curriculum

/// The grid's periods as the unary rules read them: the date, day, window and times of each period,
/// in flat arrays built once per compilation.
struct PeriodCalendar: Sendable {
    /// Date of each period.
    let date: [LocalDate]
    /// Day (index into ``Problem/dates``) of each period.
    let day: [Int]
    /// Name of the opening window of each period.
    let windowName: [String]
    let start: [TimeOfDay]
    let end: [TimeOfDay]
    /// First period of the window of each period.
    let windowFirstPeriod: [Int]

    init(_ problem: Problem) {
        let periods = problem.periods, dates = problem.dates, windows = problem.windows
        date = periods.map { dates[$0.day] }
        day = periods.map(\.day)
        windowName = periods.map { windows[$0.window].name }
        start = periods.map(\.start)
        end = periods.map(\.end)
        windowFirstPeriod = periods.map { windows[$0.window].firstPeriod }
    }

    /// Number of periods.
    var count: Int { day.count }

    /// Whether period `p` lies in `available` (all when empty) and meets none of `unavailable`.
    func isOpen(_ p: Int, available: [TimeSpec], unavailable: [TimeSpec]) -> Bool {
        if !available.isEmpty,
           !available.contains(where: { $0.contains(date: date[p], window: windowName[p], startTime: start[p], endTime: end[p]) }) {
            return false
        }
        return !unavailable.contains { $0.overlaps(date: date[p], window: windowName[p], startTime: start[p], endTime: end[p]) }
    }

    /// The periods that lie in `available` (all when empty) and meet none of `unavailable`.
    func mask(available: [TimeSpec], unavailable: [TimeSpec]) -> PeriodMask {
        PeriodMask(count: count) { isOpen($0, available: available, unavailable: unavailable) }
    }
}
