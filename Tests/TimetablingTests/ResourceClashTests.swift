import Benchmarks
import Curriculum
import Testing
@testable import Timetabling

@Suite struct ResourceClashTests {
    let programme = Fixtures.programme(
        rooms: [Room(id: "a", name: "A", venue: "paris", capacity: 20), Room(id: "b", name: "B", venue: "paris", capacity: 20)],
        sessions: [
            Session(id: "s1", title: "One", duration: .minutes(60), trainers: ["t1"], rooms: ["a"], cohorts: ["c1"]),
            Session(id: "s2", title: "Two", duration: .minutes(90), trainers: ["t1"], rooms: ["b"], cohorts: ["c1"]),
        ])

    @Test func separateTimesDoNotClash() throws {
        let problem = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: problem)
        state.put(0, at: Fixtures.period(problem, day: 0, 9))
        state.put(1, at: Fixtures.period(problem, day: 0, 10))
        #expect(state.hard == 0)
        #expect(ResourceClash.cost(of: state.placement, problem: problem) == 0)
    }

    @Test func overlapCostsOnePerSharedResourceAndPeriod() throws {
        let problem = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: problem)
        state.put(0, at: Fixtures.period(problem, day: 0, 9))       // 09:00–10:00
        state.put(1, at: Fixtures.period(problem, day: 0, 9, 30))   // 09:30–11:00: one shared period
        // Trainer t1 and cohort c1 share 09:30–10:00; the rooms differ.
        #expect(state.hard == 2)
        #expect(ResourceClash.cost(of: state.placement, problem: problem) == 2)
    }

    @Test func deltaWithoutMovingEqualsTheChangeAfterMoving() throws {
        let problem = try ProblemCompiler.compile(ProgrammeGenerator(occurrences: 40, trainers: 3, rooms: 2, cohorts: 2, seed: 3).generate())
        var state = SearchState(problem: problem)
        var rng = SeededGenerator(seed: 1)
        for e in 0..<problem.eventCount { state.place(e, cand: rng.below(problem.candidateCount(of: e)), slot: 0, choice: 0) }
        var checked = 0
        for _ in 0..<500 {
            let e = rng.below(problem.eventCount)
            let c = rng.below(problem.candidateCount(of: e))
            let s = rng.below(problem.roomCandidateCount(of: e))
            guard state.isUsable(e, cand: c, slot: s) else { continue }
            let target = Move.Position(event: Int32(e), cand: Int32(c), slot: Int32(s), choice: 0)
            let predicted = state.clashDelta(of: target)
            let before = ResourceClash.cost(of: state.placement, problem: problem)
            _ = Move(first: target).apply(to: &state)
            #expect(ResourceClash.cost(of: state.placement, problem: problem) - before == predicted)
            checked += 1
        }
        #expect(checked > 100)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let problem = try ProblemCompiler.compile(ProgrammeGenerator(occurrences: 40, trainers: 3, rooms: 2, cohorts: 2, seed: 3).generate())
        let walk = IncrementalHarness.walk(ResourceClash.self, problem: problem)
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
