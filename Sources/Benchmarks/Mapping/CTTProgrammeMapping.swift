public import Curriculum

/// Maps an ITC-2007 instance onto the engine's curriculum model, so that it is solved by the same
/// path as a planner's programme, and maps a solved ``Schedule`` back to a ``CTTSolution``.
///
/// Day `d` is the date `firstDate + d` (a Monday first, so weekends are teaching days when the
/// instance has more than five days); each date has one window `day` of `periodsPerDay` periods of
/// 60 minutes from ``dayStart``, so adjacent periods are consecutive periods of one day. Courses
/// become sessions of `lectures` one-hour occurrences taught by their teacher to the cohorts of
/// their curricula, in any room, with the course's students as participants (a course shared by
/// several curricula is attended by its own students, not by the sum of the curricula); curricula
/// become cohorts; the four soft costs become preferences with the official weights (room capacity
/// 1, spread 5, compactness 2, room stability 1).
public struct CTTProgrammeMapping: Hashable, Sendable {
    /// The date of day 0: Monday 1 January 2007.
    public static let firstDate = LocalDate(year: 2007, month: 1, day: 1)
    /// The id of the one venue.
    public static let venue = "itc2007"

    public let instance: CTTInstance

    public init(instance: CTTInstance) {
        self.instance = instance
    }

    /// When period 0 starts: 08:00, or earlier when the periods would run past midnight.
    public var dayStart: TimeOfDay { TimeOfDay(hour: min(8, 24 - instance.periodsPerDay)) }

    /// The date of day `day` (0-based).
    public func date(ofDay day: Int) -> LocalDate { Self.firstDate.adding(days: day) }

    /// The start time of period `period` (0-based) of any day.
    public func startTime(ofPeriod period: Int) -> TimeOfDay { TimeOfDay(minutes: dayStart.minutes + 60 * period) }

    /// The instance as a programme.
    public var programme: Programme {
        let calendar = ProgrammeCalendar(
            start: Self.firstDate, end: date(ofDay: instance.days - 1),
            weekdays: Array(Weekday.allCases.prefix(instance.days)), grain: .minutes(60),
            windows: [TimeWindow(name: "day", start: dayStart, end: startTime(ofPeriod: instance.periodsPerDay))]
        )
        let venue = Venue(id: Self.venue, name: instance.name, country: .italy, timezone: "Europe/Rome")
        let rooms = instance.rooms.map { Room(id: $0.id, name: $0.id, venue: Self.venue, capacity: $0.capacity) }
        var teachers: [String] = []
        var seenTeachers: Set<String> = []
        for course in instance.courses where seenTeachers.insert(course.teacher).inserted { teachers.append(course.teacher) }
        let students = Dictionary(uniqueKeysWithValues: instance.courses.map { ($0.id, $0.students) })
        let cohorts = instance.curricula.map { curriculum in
            Cohort(
                id: curriculum.id, name: curriculum.id,
                size: max(1, curriculum.courses.map { students[$0]! }.max() ?? 1)
            )
        }
        var cohortsOf: [String: [String]] = [:]
        for curriculum in instance.curricula {
            for course in curriculum.courses { cohortsOf[course, default: []].append(curriculum.id) }
        }
        var unavailableOf: [String: [Int: Set<Int>]] = [:]
        for constraint in instance.unavailability {
            unavailableOf[constraint.course, default: [:]][constraint.day, default: []].insert(constraint.period)
        }
        let sessions = instance.courses.map { course in
            Session(
                id: course.id, title: course.id, duration: .minutes(60), occurrences: course.lectures,
                trainers: [course.teacher], rooms: [], cohorts: cohortsOf[course.id] ?? [],
                unavailable: unavailable(unavailableOf[course.id] ?? [:]), participants: course.students
            )
        }
        var preferences = [Preference(.roomCapacity, weight: 1)]
        preferences += instance.courses.filter { $0.minWorkingDays > 0 }.map {
            Preference(.spread(session: $0.id, minDays: $0.minWorkingDays), weight: 5)
        }
        preferences += [Preference(.compactness(cohort: nil), weight: 2), Preference(.roomStability, weight: 1)]
        return Programme(
            id: instance.name, title: "ITC-2007 \(instance.name)", calendar: calendar, venues: [venue], rooms: rooms,
            trainers: teachers.map { Trainer(id: $0, name: $0) }, cohorts: cohorts, sessions: sessions,
            preferences: preferences
        )
    }

    /// The unavailable periods of a course (periods by day), one time spec per run of consecutive
    /// periods of a day, by day.
    private func unavailable(_ periodsByDay: [Int: Set<Int>]) -> [TimeSpec] {
        var specs: [TimeSpec] = []
        for day in periodsByDay.keys.sorted() {
            let periods = periodsByDay[day]!
            var period = 0
            while period < instance.periodsPerDay {
                guard periods.contains(period) else {
                    period += 1
                    continue
                }
                var end = period
                while periods.contains(end + 1) { end += 1 }
                specs.append(TimeSpec(dates: [date(ofDay: day)], start: startTime(ofPeriod: period), end: startTime(ofPeriod: end + 1)))
                period = end + 1
            }
        }
        return specs
    }

    /// The solution a schedule of ``programme`` stands for: one lecture per occurrence, in the
    /// schedule's order.
    ///
    /// - Throws: ``CTTMappingError`` when an occurrence has no room, or does not fit the grid of the
    ///   instance (a session, date or start time the instance does not have).
    public func solution(from schedule: Schedule) throws(CTTMappingError) -> CTTSolution {
        let courses = Set(instance.courses.map(\.id))
        var lectures: [CTTSolution.Lecture] = []
        for entry in schedule.entries {
            guard courses.contains(entry.session) else { throw .unknownSession(entry.key) }
            guard let room = entry.room else { throw .noRoom(entry.key) }
            let day = entry.date.dayNumber - Self.firstDate.dayNumber
            guard (0..<instance.days).contains(day) else { throw .outsideWeek(entry.key, entry.date) }
            let offset = entry.startTime.minutes - dayStart.minutes
            guard offset >= 0, offset % 60 == 0, offset / 60 < instance.periodsPerDay,
                  entry.endTime.minutes - entry.startTime.minutes == 60
            else { throw .offGrid(entry.key, entry.startTime, entry.endTime) }
            lectures.append(CTTSolution.Lecture(course: entry.session, room: room, day: day, period: offset / 60))
        }
        return CTTSolution(lectures: lectures)
    }
}
