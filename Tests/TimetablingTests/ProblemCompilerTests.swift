import Curriculum
import Testing
@testable import Timetabling

@Suite struct ProblemCompilerTests {
    @Test func gridCutsWindowsIntoGrainsAndLunchBreaksAdjacency() throws {
        let p = try ProblemCompiler.compile(Fixtures.programme(sessions: [Session(id: "s", title: "S", duration: .minutes(60))]))
        #expect(p.periodCount == 5 * 14)
        #expect(p.windows.count == 10)
        let noon = Fixtures.period(p, day: 0, 12)
        #expect(p.nextAdjacent[noon] == -1)
        #expect(p.nextAdjacent[noon - 1] == Int32(noon))
        #expect(p.nextAdjacent[Fixtures.period(p, day: 0, 17)] == -1)   // night
        // A one-hour session may start at every period but the last of each window.
        #expect(p.candidateCount(of: 0) == 5 * 12)
    }

    @Test func windowGrainAndWholeDays() throws {
        let p = try ProblemCompiler.compile(Fixtures.programme(
            grain: .window, sessions: [Session(id: "d", title: "D", duration: .days(2)), Session(id: "w", title: "W", duration: .windows(3))]))
        #expect(p.periodCount == 10)
        #expect(p.candidateCount(of: 0) == 4)
        #expect(p.candLength[Int(p.candOffsets[0])] == 4)
        #expect(p.candidateCount(of: 1) == 8)
    }

    @Test func availabilityPinsAndRitualsFilterTheDomain() throws {
        let p = try ProblemCompiler.compile(Fixtures.programme(
            trainers: [Trainer(id: "t1", name: "Trainer One", unavailable: [TimeSpec(weekdays: [.monday])])],
            sessions: [
                Session(id: "a", title: "A", duration: .minutes(60), trainers: ["t1"]),
                Session(id: "p", title: "P", duration: .minutes(60), occurrences: 2,
                        pins: [Pin(date: Fixtures.monday.adding(days: 2), time: TimeOfDay(hour: 14))]),
                Session(id: "r", title: "R", duration: .minutes(30), cohorts: ["c1"]),
            ],
            rules: [Rule(.dailyRitual(session: "r", time: TimeOfDay(hour: 9), skipFirstDays: 1))]))
        #expect(p.candidateCount(of: 0) == 4 * 12)
        #expect((0..<p.candidateCount(of: 0)).allSatisfy { p.periods[Int(p.candPeriod[Int(p.candOffsets[0]) + $0])].day != 0 })
        let pinned = Fixtures.events(p, "p")
        #expect(p.candidateCount(of: pinned[0]) == 1)
        #expect(p.candidateCount(of: pinned[1]) == 5 * 12)
        let ritual = Fixtures.events(p, "r")
        #expect(ritual.count == 4)
        #expect(ritual.allSatisfy { p.candidateCount(of: $0) == 1 })
    }

    @Test func unaryCostsForTimePreferencesAndRoomCapacity() throws {
        let p = try ProblemCompiler.compile(Fixtures.programme(
            rooms: [Room(id: "small", name: "Small", venue: "paris", capacity: 10)],
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), trainers: ["t1"], cohorts: ["c1"])],
            preferences: [
                Preference(.preferredTimes(trainer: "t1", session: nil, times: [TimeSpec(weekdays: [.monday])]), weight: 3),
                Preference(.roomCapacity, weight: 1),
            ]))
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        #expect(state.soft == 2)             // 12 participants, 10 seats
        state.put(0, at: Fixtures.period(p, day: 1, 9))
        #expect(state.soft == 2 + 3)         // Tuesday is not preferred
    }

    @Test func emptyDomainIsExplained() throws {
        let trainer = Trainer(
            id: "t1", name: "Trainer One", available: [TimeSpec(weekdays: [.saturday])],
            location: SourceLocation(file: "week.yaml", line: 12, column: 5))
        let programme = Fixtures.programme(
            trainers: [trainer], sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, trainers: ["t1"])])
        let failure = #expect(throws: CompileFailure.self) { try ProblemCompiler.compile(programme) }
        #expect(failure?.unplaceable.map(\.occurrence) == [1, 2])
        let reason = failure?.unplaceable.first?.reasons.first
        #expect(reason?.message == "trainer Trainer One is not available at some times")
        #expect(reason?.location == trainer.location)
    }

    @Test func publicHolidaysAndBreaksLeaveTheGrid() throws {
        // Cluny: 1 November (Toussaint, Ognissanti) and the winter break are no teaching dates;
        // 8 December (Immacolata) closes Ravenna only, so Cluny teaches that Friday.
        let problem = try ProblemCompiler.compile(try BundledCurricula.programme("cluny-mas-2023-2024"))
        let dates = Set(problem.dates)
        #expect(!dates.contains(LocalDate(year: 2023, month: 11, day: 1)))
        #expect(!dates.contains(LocalDate(year: 2023, month: 12, day: 25)))
        #expect(!dates.contains(LocalDate(year: 2024, month: 1, day: 3)))
        #expect(dates.contains(LocalDate(year: 2023, month: 12, day: 8)))
    }

    @Test func holidayThatRemovesTheOnlyPossibilityIsNamed() throws {
        let ravenna = Venue(id: "ravenna", name: "Ravenna", country: .italy, timezone: "Europe/Rome")
        let closure = Closure(
            kind: .publicHolidays(country: .italy, region: "ravenna"), venue: "ravenna",
            location: SourceLocation(file: "mas.yaml", line: 7, column: 7))
        let friday = LocalDate(year: 2023, month: 12, day: 8)
        var programme = Fixtures.programme(
            rooms: [Room(id: "aula", name: "Aula", venue: "ravenna", capacity: 30)],
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), pins: [Pin(date: friday, time: TimeOfDay(hour: 9))])])
        programme.venues = [ravenna]
        programme.calendar = ProgrammeCalendar(
            start: LocalDate(year: 2023, month: 12, day: 4), end: friday, windows: Fixtures.calendar().windows, closures: [closure])
        let failure = #expect(throws: CompileFailure.self) { try ProblemCompiler.compile(programme) }
        let reason = failure?.unplaceable.first?.reasons.first { $0.message.hasPrefix("closed:") }
        #expect(reason?.message == "closed: 2023-12-08 Immacolata Concezione (ravenna)")
        #expect(reason?.location == closure.location)
    }
}
