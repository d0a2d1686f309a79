import Curriculum
import Presentation
import Testing

@Suite struct WeekGridTests {
    private func entry(_ key: String, _ date: LocalDate, _ start: (Int, Int), _ end: (Int, Int)) -> ScheduledOccurrence {
        ScheduledOccurrence(
            key: key, session: key, occurrence: 1, title: key, module: nil, date: date,
            startTime: TimeOfDay(hour: start.0, minute: start.1), endTime: TimeOfDay(hour: end.0, minute: end.1),
            start: "", end: "", timezone: "Europe/Paris", venue: "v", room: nil, trainers: [], cohorts: []
        )
    }

    let calendar = ProgrammeCalendar(
        start: LocalDate(year: 2023, month: 1, day: 16), end: LocalDate(year: 2023, month: 1, day: 27),
        windows: [TimeWindow(name: "day", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 17))]
    )
    let monday = LocalDate(year: 2023, month: 1, day: 16)

    @Test func oneGridPerWeekWithTheTeachingDays() {
        let weeks = WeekGrid.weeks(
            of: [entry("a", monday, (9, 0), (10, 0)), entry("b", monday.adding(days: 9), (14, 0), (15, 0)),
                 entry("saturday", monday.adding(days: 12), (10, 0), (11, 0))],
            calendar: calendar
        )
        #expect(weeks.map(\.monday) == [monday, monday.adding(days: 7)])
        #expect(weeks[0].days.map(\.date) == monday.through(monday.adding(days: 4)))
        // A Saturday with an occurrence gets a column; the Sunday does not.
        #expect(weeks[1].days.map(\.date) == monday.adding(days: 7).through(monday.adding(days: 12)))
        #expect(weeks.allSatisfy { $0.start == TimeOfDay(hour: 9) && $0.end == TimeOfDay(hour: 15) })
        #expect(WeekGrid.weeks(of: [], calendar: calendar).isEmpty)
    }

    @Test func rowsFollowTheFinestTimes() {
        let weeks = WeekGrid.weeks(
            of: [entry("a", monday, (9, 30), (10, 15)), entry("b", monday, (13, 0), (14, 0))], calendar: calendar
        )
        let week = weeks[0]
        #expect(week.slotMinutes == 15)
        #expect(week.start == TimeOfDay(hour: 9) && week.end == TimeOfDay(hour: 14))
        #expect(week.rowCount == 20)
        #expect(week.rows(of: week.days[0].blocks[0].entry) == 2..<5)
    }

    @Test func putsOverlappingOccurrencesInSeparateLanes() {
        let entries = [
            entry("a", monday, (9, 0), (12, 0)), entry("b", monday, (10, 0), (11, 0)),
            entry("c", monday, (11, 0), (12, 0)), entry("d", monday, (12, 0), (13, 0)),
            entry("e", monday.adding(days: 1), (9, 0), (10, 0)),
        ]
        let week = WeekGrid.weeks(of: entries, calendar: calendar)[0]
        let monday = week.days[0]
        #expect(monday.lanes == 2)
        #expect(monday.blocks.map(\.entry.key) == ["a", "b", "c", "d"])
        #expect(monday.blocks.map(\.lane) == [0, 1, 1, 0])
        #expect(week.days[1].lanes == 1)
        #expect(week.days[2].lanes == 1 && week.days[2].blocks.isEmpty)
    }
}
