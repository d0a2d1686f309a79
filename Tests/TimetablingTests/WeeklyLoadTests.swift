import Curriculum
import Testing
@testable import Timetabling

@Suite struct WeeklyLoadTests {
    func programme(minimum: Int?, maximum: Int?) -> Programme {
        Fixtures.programme(
            days: 12,
            cohorts: [Cohort(id: "c1", name: "Cohort One", size: 12, weeklyLoad: WeeklyLoad(minimum: minimum, maximum: maximum))],
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 4, cohorts: ["c1"])])
    }

    @Test func twoSessionsInOneHalfDayCountOnce() throws {
        let p = try ProblemCompiler.compile(programme(minimum: nil, maximum: 2))
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 0, 11))
        state.put(2, at: Fixtures.period(p, day: 0, 14))
        state.put(3, at: Fixtures.period(p, day: 5, 9))    // next week
        #expect(state.hard == 0)
    }

    @Test func eachHalfDayAboveOrBelowCostsOne() throws {
        let p = try ProblemCompiler.compile(programme(minimum: 2, maximum: 2))
        var state = SearchState(problem: p)
        for (e, day) in [(0, 0), (1, 1), (2, 2), (3, 3)] { state.put(e, at: Fixtures.period(p, day: day, 9)) }
        // Week 1: 4 half-days (2 over); week 2: none (2 under).
        #expect(state.hard == 4)
        #expect(WeeklyLoad.cost(of: state.placement, problem: p) == 4)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let walk = IncrementalHarness.walk(WeeklyLoad.self, problem: try ProblemCompiler.compile(programme(minimum: 1, maximum: 2)))
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }

    /// Two weeks of mornings (Monday 8 – Friday 19 January 2024), exactly 5 half-days a week; a
    /// break closes Wednesday 10 and the cohort travels on Friday 19: both weeks have 4 left.
    func shortenedWeeks(occurrences: Int) -> Programme {
        var programme = Fixtures.programme(
            days: 12,
            cohorts: [Cohort(
                id: "c1", name: "Cohort One", size: 12,
                travelDays: [TravelDay(date: Fixtures.monday.adding(days: 11), from: "paris", to: "paris")],
                rhythm: [TimeSpec(windows: ["morning"])], weeklyLoad: WeeklyLoad(minimum: 5, maximum: 5))],
            sessions: [Session(id: "a", title: "A", duration: .minutes(210), occurrences: occurrences, cohorts: ["c1"])])
        let wednesday = Fixtures.monday.adding(days: 2)
        programme.calendar.closures = [Closure(kind: .period(name: "Break", from: wednesday, to: wednesday))]
        return programme
    }

    /// The eight open mornings of `shortenedWeeks`, as day indices into the problem's dates.
    func openMornings(_ p: Problem) -> [Int] {
        p.dates.indices.filter { d in
            let date = p.dates[d]
            return date != Fixtures.monday.adding(days: 11) && date.weekday != .saturday && date.weekday != .sunday
        }
    }

    @Test func shortenedWeekAsksForTheHalfDaysItHasLeft() throws {
        let p = try ProblemCompiler.compile(shortenedWeeks(occurrences: 8))
        #expect(p.weeklyLoads.map(\.capacity) == [[4, 4]])
        #expect(!p.dates.contains(Fixtures.monday.adding(days: 2)))     // the break is no teaching date
        let mornings = openMornings(p)
        #expect(mornings.count == 8)
        var state = SearchState(problem: p)
        for (e, d) in mornings.enumerated() { state.put(e, at: Fixtures.period(p, day: d, 9)) }
        #expect(state.hard == 0)
        #expect(WeeklyLoad.cost(of: state.placement, problem: p) == 0)
        state.unplace(7)                                                 // the second week falls to 3 of 4
        #expect(state.hard == 1)
        #expect(WeeklyLoad.cost(of: state.placement, problem: p) == 1)
    }

    @Test func checkerBoundsAShortenedWeekLikeTheSolver() throws {
        let programme = shortenedWeeks(occurrences: 7)
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for (e, d) in openMornings(p).prefix(7).enumerated() { state.put(e, at: Fixtures.period(p, day: d, 9)) }
        let result = SolveResult(
            assignment: Assignment(state.placement), hard: state.hard, soft: state.soft, iterations: 0, timeToFeasible: nil,
            elapsed: .zero, movesPerSecond: 0)
        let schedule = ScheduleDecoder.decode(result, problem: p, programme: programme, published: "2024-01-01T00:00:00Z", seed: 1)
        let load = schedule.cost.penalties.filter { $0.rule == "weekly-load" }
        #expect(state.hard == 1)
        #expect(load.map(\.cost) == [1])
        #expect(load.first?.message.contains("week of 2024-01-15") == true)
        #expect(schedule.cost.hard == state.hard)
    }
}
