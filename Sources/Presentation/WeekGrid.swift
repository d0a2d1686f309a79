public import Curriculum

/// The layout of one week of a timetable: days as columns, time as rows, each occurrence a block
/// spanning its duration. Occurrences that overlap on a day (which a valid schedule never gives one
/// cohort, trainer or room) are put side by side in lanes instead of on top of each other.
public struct WeekGrid: Hashable, Sendable {
    /// An occurrence placed in a day's column.
    public struct Block: Hashable, Sendable {
        public var entry: ScheduledOccurrence
        /// 0-based lane inside the day's column.
        public var lane: Int
    }

    /// A column of the grid.
    public struct Day: Hashable, Sendable {
        public var date: LocalDate
        /// Blocks in time order.
        public var blocks: [Block]
        /// How many lanes the day needs (at least 1).
        public var lanes: Int
    }

    /// Monday of the ISO week.
    public var monday: LocalDate
    public var days: [Day]
    /// First and last time of the vertical axis (whole hours around the occurrences).
    public var start: TimeOfDay
    public var end: TimeOfDay
    /// Height of one row of the grid in minutes: the largest divisor of 60 that every start and
    /// end falls on.
    public var slotMinutes: Int

    /// Number of rows between `start` and `end`.
    public var rowCount: Int { (end.minutes - start.minutes) / slotMinutes }

    /// The row where `time` falls (0 at `start`).
    public func row(of time: TimeOfDay) -> Int { (time.minutes - start.minutes) / slotMinutes }

    /// The week grids of `entries` (one per ISO week that has any), sharing one time axis.
    ///
    /// The columns are the calendar's teaching weekdays inside the programme's dates, plus any other
    /// date that has an occurrence.
    /// - Complexity: O(n log n) for n entries.
    public static func weeks(of entries: [ScheduledOccurrence], calendar: ProgrammeCalendar) -> [WeekGrid] {
        let sorted = entries.sorted {
            ($0.date, $0.startTime, $0.endTime, $0.key) < ($1.date, $1.startTime, $1.endTime, $1.key)
        }
        guard let first = sorted.first else { return [] }
        var earliest = first.startTime.minutes
        var latest = first.endTime.minutes
        for entry in sorted {
            earliest = min(earliest, entry.startTime.minutes)
            latest = max(latest, entry.startTime.minutes, entry.endTime.minutes)
        }
        let start = TimeOfDay(minutes: earliest / 60 * 60)
        let end = TimeOfDay(minutes: min(1440, max((latest + 59) / 60 * 60, start.minutes + 60)))
        var slot = 60
        for entry in sorted {
            slot = gcd(slot, gcd(entry.startTime.minutes - start.minutes, max(entry.endTime.minutes, entry.startTime.minutes) - start.minutes))
        }
        slot = max(slot, 5)

        var mondays: [LocalDate] = []
        for entry in sorted where mondays.last != entry.date.mondayOfWeek { mondays.append(entry.date.mondayOfWeek) }
        return mondays.map { monday in
            let dates = monday.through(monday.adding(days: 6)).filter { date in
                (calendar.weekdays.contains(date.weekday) && date >= calendar.start && date <= calendar.end)
                    || sorted.contains { $0.date == date }
            }
            let days = dates.map { date in layoutDay(date: date, entries: sorted.filter { $0.date == date }, slot: slot, origin: start) }
            return WeekGrid(monday: monday, days: days, start: start, end: end, slotMinutes: slot)
        }
    }

    /// Puts each occurrence in the first lane free at its start (interval partitioning), after
    /// rounding its times to the grid's rows so that blocks never share a cell.
    private static func layoutDay(date: LocalDate, entries: [ScheduledOccurrence], slot: Int, origin: TimeOfDay) -> Day {
        var laneEnds: [Int] = []
        var blocks: [Block] = []
        for entry in entries {
            let startRow = (entry.startTime.minutes - origin.minutes) / slot
            let endRow = max(startRow + 1, (entry.endTime.minutes - origin.minutes) / slot)
            if let lane = laneEnds.firstIndex(where: { $0 <= startRow }) {
                laneEnds[lane] = endRow
                blocks.append(Block(entry: entry, lane: lane))
            } else {
                laneEnds.append(endRow)
                blocks.append(Block(entry: entry, lane: laneEnds.count - 1))
            }
        }
        return Day(date: date, blocks: blocks, lanes: max(1, laneEnds.count))
    }

    /// The rows an occurrence spans: from its start row, at least one.
    public func rows(of entry: ScheduledOccurrence) -> Range<Int> {
        let first = row(of: entry.startTime)
        return first..<max(first + 1, row(of: entry.endTime))
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int {
        var (a, b) = (abs(a), abs(b))
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 60 : a
    }
}
