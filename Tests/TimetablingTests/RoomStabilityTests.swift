import Curriculum
import Testing
@testable import Timetabling

@Suite struct RoomStabilityTests {
    let programme = Fixtures.programme(
        rooms: [Room(id: "a", name: "A", venue: "paris", capacity: 20), Room(id: "b", name: "B", venue: "paris", capacity: 20)],
        sessions: [Session(id: "s", title: "S", duration: .minutes(60), occurrences: 3, rooms: ["a", "b"])],
        preferences: [Preference(.roomStability, weight: 1)])

    @Test func oneRoomIsFree() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for e in 0..<3 { state.put(e, at: Fixtures.period(p, day: e, 9), slot: 0) }
        #expect(state.soft == 0)
    }

    @Test func eachExtraRoomCostsTheWeight() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        for (e, slot) in [(0, 0), (1, 1), (2, 1)] { state.put(e, at: Fixtures.period(p, day: e, 9), slot: slot) }
        #expect(state.soft == 1)
        #expect(RoomStability.cost(of: state.placement, problem: p) == 1)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let walk = IncrementalHarness.walk(RoomStability.self, problem: try ProblemCompiler.compile(programme))
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
