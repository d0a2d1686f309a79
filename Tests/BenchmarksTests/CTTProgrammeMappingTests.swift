import Benchmarks
import Curriculum
import CursusTestSupport
import Testing

private func mapping(_ name: String) throws -> CTTProgrammeMapping {
    CTTProgrammeMapping(instance: try CTTInstance(contentsOf: ITC2007Fixtures.path(name)))
}

private func date(_ day: Int) -> LocalDate { LocalDate(year: 2007, month: 1, day: day) }

@Test func comp01MapsEveryCourseCurriculumRoomAndTeacher() throws {
    let programme = try mapping("comp01").programme
    #expect(programme.sessions.count == 30)
    #expect(programme.sessions.reduce(0) { $0 + $1.occurrences } == 160)
    #expect(programme.cohorts.count == 14)
    #expect(programme.rooms.map(\.id) == ["rB", "rC", "rE", "rF", "rG", "rS"])
    #expect(programme.rooms.map(\.capacity) == [200, 100, 9, 30, 20, 30])
    #expect(Set(programme.rooms.map(\.venue)) == [CTTProgrammeMapping.venue])
    #expect(programme.venues.map(\.id) == [CTTProgrammeMapping.venue])
    #expect(programme.trainers.count == 24)
}

@Test func comp01CalendarIsFiveDaysOfSixHours() throws {
    let calendar = try mapping("comp01").programme.calendar
    #expect(calendar.start == date(1))
    #expect(calendar.start.weekday == .monday)
    #expect(calendar.end == date(5))
    #expect(calendar.weekdays == [.monday, .tuesday, .wednesday, .thursday, .friday])
    #expect(calendar.grain == .minutes(60))
    #expect(calendar.windows == [TimeWindow(name: "day", start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 14))])
    #expect(calendar.closures.isEmpty)
}

@Test func sixDayInstancesTeachOnSaturday() throws {
    let calendar = try mapping("comp05").programme.calendar
    #expect(calendar.end == date(6))
    #expect(calendar.end.weekday == .saturday)
    #expect(calendar.weekdays.last == .saturday)
}

@Test func aCourseBecomesASessionOfItsCurricula() throws {
    let session = try #require(try mapping("comp01").programme.sessions.first { $0.id == "c0001" })
    #expect(session.occurrences == 6)
    #expect(session.duration == .minutes(60))
    #expect(session.trainers == ["t000"])
    #expect(session.cohorts == ["q000", "q002"])
    #expect(session.rooms.isEmpty)
    #expect(session.participants == 130)
    // Unavailable all of day 4 (periods 0–5).
    #expect(session.unavailable == [TimeSpec(dates: [date(5)], start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 14))])
}

@Test func unavailablePeriodsMergeIntoRunsPerDay() throws {
    let session = try #require(try mapping("comp01").programme.sessions.first { $0.id == "c0025" })
    // c0025: day 2 periods 2–5, day 3 periods 0–5.
    #expect(session.unavailable == [
        TimeSpec(dates: [date(3)], start: TimeOfDay(hour: 10), end: TimeOfDay(hour: 14)),
        TimeSpec(dates: [date(4)], start: TimeOfDay(hour: 8), end: TimeOfDay(hour: 14)),
    ])
}

@Test func aCurriculumBecomesACohortSizedByItsLargestCourse() throws {
    let programme = try mapping("comp01").programme
    let cohort = try #require(programme.cohorts.first { $0.id == "q000" })
    #expect(cohort.size == 130)
}

@Test func softCostsBecomePreferencesWithTheOfficialWeights() throws {
    let preferences = try mapping("comp01").programme.preferences
    #expect(preferences.first == Preference(.roomCapacity, weight: 1))
    #expect(preferences.contains(Preference(.spread(session: "c0001", minDays: 4), weight: 5)))
    #expect(preferences.filter { if case .spread = $0.kind { true } else { false } }.count == 30)
    #expect(preferences.contains(Preference(.compactness(cohort: nil), weight: 2)))
    #expect(preferences.last == Preference(.roomStability, weight: 1))
}

/// A schedule placing each lecture of `solution` on the mapping's grid.
private func schedule(_ solution: CTTSolution, _ mapping: CTTProgrammeMapping, room: String?? = nil) -> Schedule {
    let entries = solution.lectures.enumerated().map { index, lecture in
        let start = mapping.startTime(ofPeriod: lecture.period)
        let end = TimeOfDay(minutes: start.minutes + 60)
        return ScheduledOccurrence(
            key: "\(lecture.course)/\(index + 1)", session: lecture.course, occurrence: index + 1, title: lecture.course,
            module: nil, date: mapping.date(ofDay: lecture.day), startTime: start, endTime: end, start: "", end: "",
            timezone: "Europe/Rome", venue: CTTProgrammeMapping.venue, room: room ?? lecture.room, trainers: [], cohorts: []
        )
    }
    return Schedule(
        programme: "p", title: "t", language: "en", published: "", seed: 1, cost: ScheduleCost(hard: 0, soft: 0, penalties: []),
        entries: entries
    )
}

@Test func aScheduleMapsBackToTheSolutionItPlaces() throws {
    let mapping = try mapping("comp05")
    let solution = CTTSolution(lectures: [
        .init(course: "LinTed1", room: mapping.instance.rooms[0].id, day: 5, period: 5),
        .init(course: "AlfInf", room: mapping.instance.rooms[1].id, day: 0, period: 0),
    ])
    #expect(try mapping.solution(from: schedule(solution, mapping)) == solution)
}

@Test func anOccurrenceWithoutRoomDoesNotMapBack() throws {
    let mapping = try mapping("comp01")
    let solution = CTTSolution(lectures: [.init(course: "c0001", room: "rB", day: 0, period: 0)])
    #expect(throws: CTTMappingError.noRoom("c0001/1")) { try mapping.solution(from: schedule(solution, mapping, room: .some(nil))) }
}

@Test func anOccurrenceOffTheGridDoesNotMapBack() throws {
    let mapping = try mapping("comp01")
    var placed = schedule(CTTSolution(lectures: [.init(course: "c0001", room: "rB", day: 0, period: 0)]), mapping)
    placed.entries[0].startTime = TimeOfDay(hour: 8, minute: 30)
    #expect(throws: CTTMappingError.offGrid("c0001/1", TimeOfDay(hour: 8, minute: 30), TimeOfDay(hour: 9))) {
        try mapping.solution(from: placed)
    }
    placed.entries[0].startTime = TimeOfDay(hour: 8)
    placed.entries[0].date = date(6)
    #expect(throws: CTTMappingError.outsideWeek("c0001/1", date(6))) { try mapping.solution(from: placed) }
}

@Test(arguments: ITC2007Fixtures.names)
func everyInstanceMapsOneSessionPerCourseAndOneCohortPerCurriculum(name: String) throws {
    let mapping = try mapping(name)
    let programme = mapping.programme
    #expect(programme.sessions.map(\.id) == mapping.instance.courses.map(\.id))
    #expect(programme.sessions.map(\.occurrences) == mapping.instance.courses.map(\.lectures))
    #expect(programme.sessions.map(\.participants) == mapping.instance.courses.map(\.students))
    #expect(programme.cohorts.map(\.id) == mapping.instance.curricula.map(\.id))
    #expect(programme.rooms.count == mapping.instance.rooms.count)
    #expect(programme.calendar.start.through(programme.calendar.end).count == mapping.instance.days)
}

@Test(arguments: ITC2007Fixtures.names)
func unavailableTimeSpecsCoverExactlyTheUnavailablePeriods(name: String) throws {
    let mapping = try mapping(name)
    let programme = mapping.programme
    for (session, course) in zip(programme.sessions, mapping.instance.courses) {
        var covered: [CTTInstance.Unavailability] = []
        for day in 0..<mapping.instance.days {
            for period in 0..<mapping.instance.periodsPerDay {
                let start = mapping.startTime(ofPeriod: period)
                let end = TimeOfDay(minutes: start.minutes + 60)
                if session.unavailable.contains(where: { $0.contains(date: mapping.date(ofDay: day), window: "day", startTime: start, endTime: end) }) {
                    covered.append(.init(course: course.id, day: day, period: period))
                }
            }
        }
        let stated = mapping.instance.unavailability.filter { $0.course == course.id }
            .sorted { ($0.day, $0.period) < ($1.day, $1.period) }
        #expect(covered == stated, "course \(course.id)")
    }
}
