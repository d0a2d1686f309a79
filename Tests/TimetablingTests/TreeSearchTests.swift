import Curriculum
import Testing
@testable import Timetabling

@Suite struct TreeSearchTests {
    @Test func emancipAssoIsProvedOptimalAtSoftCostZero() throws {
        let problem = try ProblemCompiler.compile(try BundledCurricula.programme("emancipasso-2023"))
        let outcome = TreeSearch(problem: problem).run()
        #expect(outcome.isComplete)
        #expect(outcome.isExhausted)        // branch-and-bound explored the whole tree
        #expect(outcome.unaryCost == 0)
        var state = SearchState(problem: problem)
        for p in outcome.positions { state.place(Int(p.event), cand: Int(p.cand), slot: Int(p.slot), choice: Int(p.choice)) }
        #expect(state.hard == 0 && state.soft == 0)
        #expect(state.recomputed().hard == 0 && state.recomputed().soft == 0)
    }

    @Test func clunyIsConstructedWithoutViolation() throws {
        let problem = try ProblemCompiler.compile(try BundledCurricula.programme("cluny-mas-2023-2024"))
        let outcome = TreeSearch(problem: problem).run()
        #expect(outcome.isComplete)
        var state = SearchState(problem: problem)
        for p in outcome.positions { state.place(Int(p.event), cand: Int(p.cand), slot: Int(p.slot), choice: Int(p.choice)) }
        #expect(state.hard == 0)
        #expect(state.recomputed().hard == 0)
    }

    @Test func overfullCalendarIsExhaustedWithoutASolution() throws {
        // Three 3h30 sessions of one cohort, two half-days: no placement exists.
        let programme = Fixtures.programme(
            days: 1, sessions: [Session(id: "a", title: "A", duration: .minutes(210), occurrences: 3, cohorts: ["c1"])])
        let problem = try ProblemCompiler.compile(programme)
        let outcome = TreeSearch(problem: problem).run()
        #expect(!outcome.isComplete)
        #expect(outcome.isExhausted)
        // The deepest partial placement that propagation accepted: some events, without violation.
        var state = SearchState(problem: problem)
        for p in outcome.positions where p.cand >= 0 { state.place(Int(p.event), cand: Int(p.cand), slot: Int(p.slot), choice: Int(p.choice)) }
        #expect((1...2).contains(outcome.positions.filter { $0.cand >= 0 }.count))
        #expect(state.hard == 0)
    }

    @Test func cheapestPlacementIsFoundFirst() throws {
        // Two sessions of one cohort; the trainer prefers Tuesday morning and only it (weight 5).
        let programme = Fixtures.programme(
            days: 2,
            sessions: [
                Session(id: "a", title: "A", duration: .minutes(210), trainers: ["t1"], cohorts: ["c1"]),
                Session(id: "b", title: "B", duration: .minutes(210), trainers: ["t2"], cohorts: ["c1"]),
            ],
            preferences: [
                Preference(.preferredTimes(trainer: "t1", session: nil, times: [TimeSpec(dates: [Fixtures.monday.adding(days: 1)], windows: ["morning"])]), weight: 5),
                Preference(.preferredTimes(trainer: "t2", session: nil, times: [TimeSpec(dates: [Fixtures.monday.adding(days: 1)], windows: ["morning"])]), weight: 3),
            ])
        let problem = try ProblemCompiler.compile(programme)
        let outcome = TreeSearch(problem: problem).run()
        #expect(outcome.isComplete && outcome.isExhausted)
        #expect(outcome.unaryCost == 3)     // a gets Tuesday morning, b pays 3 elsewhere
        let a = Fixtures.events(problem, "a")[0]
        #expect(Int(outcome.positions[a].cand) == Int(problem.candidateAt[a * problem.periodCount + Fixtures.period(problem, day: 1, 9)]))
    }
}
