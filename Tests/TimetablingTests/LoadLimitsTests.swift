import Curriculum
import Testing
@testable import Timetabling

/// `load_limit` rules (``LoadLimits``, hard) and preferences (``LoadPreferences``, soft), against
/// the checker's own count. The fixture's dates 0–4 are Monday 8 – Friday 12 January 2024, 5–9 the
/// next week; each window (09:00–12:30, 14:00–17:30) holds one 3 h 30 occurrence.
@Suite struct LoadLimitsTests {
    func programme(
        _ limits: [LoadLimit], soft weight: Int? = nil, occurrences: Int = 10, trainers: [String] = ["t1"], pool: [String] = [],
        rooms: [Room] = [Room(id: "a", name: "A", venue: "paris", capacity: 20)]
    ) -> Programme {
        let session = Session(
            id: "a", title: "A", duration: .minutes(210), occurrences: occurrences, trainers: trainers, trainerPool: pool,
            cohorts: ["c1"])
        return Fixtures.programme(
            days: 12, rooms: rooms, sessions: [session],
            rules: weight == nil ? limits.map { Rule(.loadLimit($0)) } : [],
            preferences: weight.map { w in limits.map { Preference(.loadLimit($0), weight: w) } } ?? [])
    }

    /// Places the first events of `a` at the given (date, hour) starts.
    func state(_ p: Problem, _ starts: [(Int, Int)]) -> SearchState {
        var state = SearchState(problem: p)
        for (e, (day, hour)) in starts.enumerated() { state.put(e, at: Fixtures.period(p, day: day, hour)) }
        return state
    }

    func checked(_ state: SearchState, _ programme: Programme) -> (hard: Int, soft: Int) {
        let schedule = UnaryHarness.schedule(state, checkedAgainst: programme)
        let load = schedule.cost.penalties.filter { $0.rule == "load-limit" }
        return (load.filter(\.hard).reduce(0) { $0 + $1.cost }, load.filter { !$0.hard }.reduce(0) { $0 + $1.cost })
    }

    @Test func withinEveryLimitCostsNothing() throws {
        let limit = LoadLimit(subject: .trainer("t1"), maxPerDay: .minutes(420), maxConsecutiveHalfDays: 2, maxDaysPerWeek: 3, maxDays: 4)
        let programme = programme([limit])
        let p = try ProblemCompiler.compile(programme)
        let s = state(p, [(0, 9), (0, 14), (2, 9), (4, 14), (5, 9)])
        #expect(s.hard == 0)
        #expect(LoadLimits.cost(of: s.placement, problem: p) == 0)
        #expect(checked(s, programme).hard == 0)
    }

    @Test func eachStartedHourOverADailyDurationCostsOne() throws {
        for (bound, expected) in [(360, 1), (300, 2), (420, 0)] {
            let programme = programme([LoadLimit(subject: .trainer("t1"), maxPerDay: .minutes(bound))])
            let p = try ProblemCompiler.compile(programme)
            let s = state(p, [(0, 9), (0, 14)])                       // 7 h on Monday
            #expect(s.hard == expected)
            #expect(LoadLimits.cost(of: s.placement, problem: p) == expected)
            #expect(checked(s, programme).hard == expected)
        }
    }

    @Test func halfDaysPerDayCountWindows() throws {
        let programme = programme([LoadLimit(subject: .every(.trainer), maxPerDay: .windows(1))])
        let p = try ProblemCompiler.compile(programme)
        let s = state(p, [(0, 9), (0, 14), (1, 9), (2, 9), (2, 14)])
        #expect(s.hard == 2)
        #expect(checked(s, programme).hard == 2)
    }

    @Test func halfDaysInARowRunAcrossLunchAndNightsButNotWeekends() throws {
        let programme = programme([LoadLimit(subject: .trainer("t1"), maxConsecutiveHalfDays: 2)])
        let p = try ProblemCompiler.compile(programme)
        // Monday morning to Tuesday afternoon: 4 in a row, 2 over.
        let run = state(p, [(0, 9), (0, 14), (1, 9), (1, 14)])
        #expect(run.hard == 2)
        #expect(checked(run, programme).hard == 2)
        // Friday morning and afternoon, then Monday morning: the weekend breaks the row.
        let weekend = state(p, [(4, 9), (4, 14), (5, 9)])
        #expect(weekend.hard == 0)
        #expect(checked(weekend, programme).hard == 0)
        // Wednesday afternoon, Thursday morning and afternoon: 3 in a row overnight, 1 over.
        let overnight = state(p, [(2, 14), (3, 9), (3, 14)])
        #expect(overnight.hard == 1)
        #expect(checked(overnight, programme).hard == 1)
    }

    @Test func daysPerWeekAndInTheProgramme() throws {
        let programme = programme([LoadLimit(subject: .cohort("c1"), maxDaysPerWeek: 3, maxDays: 5)])
        let p = try ProblemCompiler.compile(programme)
        // Week 1: 4 dates (1 over); week 2: 3 dates; 7 dates in all (2 over).
        let s = state(p, [(0, 9), (1, 9), (2, 9), (3, 9), (3, 14), (5, 9), (6, 9), (7, 14)])
        #expect(s.hard == 3)
        #expect(LoadLimits.cost(of: s.placement, problem: p) == 3)
        #expect(checked(s, programme).hard == 3)
    }

    @Test func aNamedLimitReplacesTheDefaultForItsMeasure() throws {
        let limits = [
            LoadLimit(subject: .every(.trainer), maxPerDay: .windows(1), maxDaysPerWeek: 1),
            LoadLimit(subject: .trainer("t1"), maxPerDay: .windows(2)),
        ]
        let programme = programme(limits, occurrences: 6, trainers: [], pool: ["t1", "t2"])
        let p = try ProblemCompiler.compile(programme)
        var s = SearchState(problem: p)
        // t1 (choice 0) teaches Monday's two half-days: its own bound allows 2; the default's one date a week still holds.
        s.put(0, at: Fixtures.period(p, day: 0, 9), choice: 0)
        s.put(1, at: Fixtures.period(p, day: 0, 14), choice: 0)
        #expect(s.hard == 0)
        // t2 (choice 1) teaches Tuesday's two half-days and Wednesday morning: 1 half-day over, 1 date over.
        s.put(2, at: Fixtures.period(p, day: 1, 9), choice: 1)
        s.put(3, at: Fixtures.period(p, day: 1, 14), choice: 1)
        s.put(4, at: Fixtures.period(p, day: 2, 9), choice: 1)
        #expect(s.hard == 2)
        #expect(checked(s, programme).hard == 2)
    }

    @Test func aPreferenceCostsItsWeightPerUnit() throws {
        let programme = programme([LoadLimit(subject: .room("a"), maxConsecutiveHalfDays: 1)], soft: 4)
        let p = try ProblemCompiler.compile(programme)
        let s = state(p, [(0, 9), (0, 14), (1, 9)])
        #expect(s.hard == 0)
        #expect(LoadPreferences.cost(of: s.placement, problem: p) == 8)
        #expect(checked(s, programme) == (0, 8))
    }

    func walkProgramme(soft: Int?) -> Programme {
        let limits = [
            LoadLimit(subject: .every(.trainer), maxPerDay: .minutes(240), maxConsecutiveHalfDays: 2, maxDaysPerWeek: 2),
            LoadLimit(subject: .trainer("t2"), maxPerDay: .windows(1), maxDays: 3),
            LoadLimit(subject: .cohort("c1"), maxConsecutiveHalfDays: 3, maxDays: 6),
            LoadLimit(subject: .every(.room), maxDaysPerWeek: 2),
        ]
        var programme = programme(limits, soft: soft, occurrences: 8, trainers: [], pool: ["t1", "t2"], rooms: [
            Room(id: "a", name: "A", venue: "paris", capacity: 20), Room(id: "b", name: "B", venue: "paris", capacity: 20),
        ])
        programme.sessions.append(Session(id: "b", title: "B", duration: .minutes(90), occurrences: 6, trainers: ["t1"], cohorts: ["c1"]))
        return programme
    }

    @Test func incrementalEqualsFromScratch() throws {
        let hard = IncrementalHarness.walk(LoadLimits.self, problem: try ProblemCompiler.compile(walkProgramme(soft: nil)))
        #expect(hard.mismatches == 0)
        #expect(hard.nonZero > 0)
        let soft = IncrementalHarness.walk(LoadPreferences.self, problem: try ProblemCompiler.compile(walkProgramme(soft: 3)))
        #expect(soft.mismatches == 0)
        #expect(soft.nonZero > 0)
    }

    @Test func checkerAgreesOnRandomPlacements() throws {
        for soft in [nil, 3] {
            let programme = walkProgramme(soft: soft)
            let p = try ProblemCompiler.compile(programme)
            var rng = SeededGenerator(seed: 11)
            for _ in 0..<20 {
                var s = SearchState(problem: p)
                for e in 0..<p.eventCount {
                    let c = rng.below(p.candidateCount(of: e))
                    let period = Int(p.candPeriod[Int(p.candOffsets[e]) + c])
                    s.put(e, at: period, choice: rng.below(Int(p.choiceWidth[e])))
                }
                let rule = soft == nil ? LoadLimits.cost(of: s.placement, problem: p) : LoadPreferences.cost(of: s.placement, problem: p)
                let checker = checked(s, programme)
                #expect((soft == nil ? checker.hard : checker.soft) == rule)
            }
        }
    }

    @Test func theCheckerSaysWhoAndWhen() throws {
        let programme = programme([LoadLimit(subject: .trainer("t1"), maxPerDay: .minutes(360), maxConsecutiveHalfDays: 2)])
        let p = try ProblemCompiler.compile(programme)
        let s = state(p, [(0, 9), (0, 14), (1, 9)])
        let messages = UnaryHarness.schedule(s, checkedAgainst: programme).cost.penalties.filter { $0.rule == "load-limit" }.map(\.message)
        #expect(messages.contains("trainer Trainer One teaches 7 h on Monday 8 January 2024, at most 6 h a day (+1)"))
        #expect(messages.contains(
            "trainer Trainer One teaches 3 half-days in a row, from Monday 8 January 2024 morning to Tuesday 9 January 2024 morning; at most 2 (+1)"))
        let words = PlainWords(programme: programme).rule(programme.rules[0])
        #expect(words == "Trainer One teaches at most 6 h a day and at most 2 half-days in a row")
    }
}
