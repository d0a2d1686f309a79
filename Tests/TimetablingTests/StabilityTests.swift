import Benchmarks
import Curriculum
import Foundation
import Testing
@testable import Timetabling

@Suite struct StabilityTests {
    let rooms = [Room(id: "a", name: "A", venue: "paris", capacity: 20), Room(id: "b", name: "B", venue: "paris", capacity: 20)]

    /// The programme with a `stability` preference naming `path`, and `previous` as the schedule the
    /// command-line tool read from it (nil: no file there).
    func programme(previous path: String = "published/schedule.json", schedule previous: Schedule? = nil, weight: Int = 2) -> Programme {
        var programme = Fixtures.programme(
            rooms: rooms,
            sessions: [
                Session(id: "x", title: "X", duration: .minutes(60), occurrences: 2, rooms: ["a", "b"], cohorts: ["c1"]),
                Session(id: "y", title: "Y", duration: .minutes(90), rooms: ["a", "b"], cohorts: ["c1"]),
            ],
            preferences: [Preference(.stability(previous: path), weight: weight)])
        programme.previousSchedules[path] = previous
        return programme
    }

    /// The schedule of `state` as the decoder publishes it.
    func schedule(_ state: SearchState, _ programme: Programme) -> Schedule {
        let result = SolveResult(
            assignment: Assignment(state.placement), hard: state.hard, soft: state.soft, iterations: 0, timeToFeasible: nil,
            elapsed: .zero, movesPerSecond: 0)
        return ScheduleDecoder.decode(result, problem: state.problem, programme: programme, published: "2024-01-01T00:00:00Z", seed: 1)
    }

    /// Places x/1 Monday 9:00 room a, x/2 Tuesday 14:00 room b, y/1 Wednesday 10:00 room a.
    func published(_ p: Problem) -> SearchState {
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9), slot: 0)
        state.put(1, at: Fixtures.period(p, day: 1, 14), slot: 1)
        state.put(2, at: Fixtures.period(p, day: 2, 10), slot: 0)
        return state
    }

    @Test func unmovedOccurrencesCostNothingAndEachMoveCostsTheWeight() throws {
        let unpublished = programme()
        let before = schedule(published(try ProblemCompiler.compile(unpublished)), unpublished)
        let p = try ProblemCompiler.compile(programme(schedule: before))
        var state = published(p)
        #expect(state.soft == 0)
        state.put(0, at: Fixtures.period(p, day: 0, 10), slot: 0)   // time moved
        #expect(state.soft == 2)
        state.put(1, at: Fixtures.period(p, day: 1, 14), slot: 0)   // room changed
        #expect(state.soft == 4)
        state.put(2, at: Fixtures.period(p, day: 3, 10), slot: 1)   // date and room changed
        #expect(state.soft == 8)
        #expect(state.recomputed().soft == 8)
        let checked = schedule(state, programme(schedule: before))
        #expect(checked.cost.soft == state.soft)
        #expect(checked.cost.penalties.map(\.message).sorted() == [
            "session x/1 moved from 2024-01-08 09:00 to 2024-01-08 10:00 (+2)",
            "session x/2 moved from room b to room a (+2)",
            "session y/1 moved from 2024-01-10 10:00 to 2024-01-11 10:00 (+2)",
            "session y/1 moved from room a to room b (+2)",
        ].sorted())
    }

    @Test func noPreviousScheduleCostsNothing() throws {
        let programme = programme()
        let p = try ProblemCompiler.compile(programme)
        var state = published(p)
        state.put(0, at: Fixtures.period(p, day: 4, 15), slot: 1)
        #expect(state.soft == 0)
        #expect(schedule(state, programme).cost.soft == 0)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let path = "published/walk.json"
        var generated = ProgrammeGenerator(occurrences: 30, trainers: 3, rooms: 3, cohorts: 2, precedences: 3, seed: 4).generate()
        let first = try ProblemCompiler.compile(generated)
        let solved = Solver(problem: first, options: SolverOptions(seed: 1, iterations: 2_000, threads: 1)).solve()
        generated.previousSchedules[path] = ScheduleDecoder.decode(solved, problem: first, programme: generated, published: "2025-01-01T00:00:00Z", seed: 1)
        generated.preferences.append(Preference(.stability(previous: path), weight: 3))
        let problem = try ProblemCompiler.compile(generated)
        let result = Solver(problem: problem, options: SolverOptions(seed: 9, iterations: 3_000, threads: 1, checksIncrementalCost: true)).solve()
        #expect(result.corruption == nil, "\(result.corruption?.message ?? "")")
        let schedule = ScheduleDecoder.decode(result, problem: problem, programme: generated, published: "2025-01-01T00:00:00Z", seed: 9)
        #expect(schedule.cost.hard == result.hard)
        #expect(schedule.cost.soft == result.soft)
    }

    @Test func resolvingOverItsOwnScheduleKeepsEveryOccurrence() throws {
        let path = "published/resolve.json"
        var generated = ProgrammeGenerator(occurrences: 24, trainers: 3, rooms: 2, cohorts: 2, precedences: 3, seed: 6).generate()
        let first = try ProblemCompiler.compile(generated)
        let solved = Solver(problem: first, options: SolverOptions(seed: 1, iterations: 20_000, threads: 1)).solve()
        let before = ScheduleDecoder.decode(solved, problem: first, programme: generated, published: "2025-01-01T00:00:00Z", seed: 1)
        #expect(before.cost.hard == 0)
        generated.previousSchedules[path] = before
        generated.preferences.append(Preference(.stability(previous: path), weight: 100))
        let problem = try ProblemCompiler.compile(generated)
        let result = Solver(problem: problem, options: SolverOptions(seed: 2, iterations: 50_000, threads: 1)).solve()
        let after = ScheduleDecoder.decode(result, problem: problem, programme: generated, published: "2025-01-01T00:00:00Z", seed: 2)
        #expect(after.cost.hard == 0)
        #expect(after.cost.penalties.filter { $0.rule == "stability" }.isEmpty)
        func place(_ e: ScheduledOccurrence) -> String { "\(e.key) \(e.date) \(e.startTime) \(e.room ?? "-")" }
        #expect(after.entries.map(place).sorted() == before.entries.map(place).sorted())
    }
}
