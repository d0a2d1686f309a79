import Benchmarks
import Curriculum
import Testing
@testable import Timetabling

@Suite struct EjectionChainTests {
    /// Three courses of one curriculum in one room over three periods: W can use periods 0–1, X 1–2,
    /// C only 2. The one timetable without clashes is W 0, X 1, C 2.
    static let tight = """
        Name: Tight
        Courses: 3
        Rooms: 1
        Days: 1
        Periods_per_day: 3
        Curricula: 1
        Constraints: 4

        COURSES:
        W tw 1 1 10
        X tx 1 1 10
        C tc 1 1 10

        ROOMS:
        r1 30

        CURRICULA:
        q 3 W X C

        UNAVAILABILITY_CONSTRAINTS:
        W 0 2
        X 0 0
        C 0 0
        C 0 1

        END.
        """

    /// The problem, and the events of W, X and C.
    static func problem() throws -> (Problem, w: Int, x: Int, c: Int) {
        let instance = try CTTInstance(text: tight, file: "tight.ctt")
        let problem = try ProblemCompiler.compile(CTTProgrammeMapping(instance: instance).programme)
        func event(_ course: String) throws -> Int {
            try #require((0..<problem.eventCount).first { problem.sessionIDs[Int(problem.eventSession[$0])] == course })
        }
        return (problem, try event("W"), try event("X"), try event("C"))
    }

    /// Places event `e` at period `p`, in its first room.
    static func place(_ e: Int, at p: Int, _ state: inout SearchState) throws {
        let c = Int(state.problem.candidateAt[e * state.problem.periodCount + p])
        try #require(c >= 0)
        state.place(e, cand: c, slot: 0, choice: 0)
    }

    /// X clashes with C in period 2, and its other period holds W: no single move removes the
    /// clash, the ejection of W to its free period does.
    @Test func ejectedEventTakesTheStartOnlyItCanUse() throws {
        let (problem, w, x, c) = try Self.problem()
        var state = SearchState(problem: problem)
        try Self.place(w, at: 1, &state)
        try Self.place(x, at: 2, &state)
        try Self.place(c, at: 2, &state)
        #expect(state.hard > 0)
        let before = state.placement
        var ejection = EjectionChain()
        var rng = SeededGenerator(seed: 1)
        let target = Int(problem.candidateAt[x * problem.periodCount + 1])
        let delta = try #require(ejection.apply(x, to: target, state: &state, rng: &rng))
        #expect(state.hard == 0)
        #expect(delta.hard < 0)
        #expect([w, x, c].map { Int(state.placement.start[$0]) } == [0, 1, 2])
        let fresh = state.recomputed()
        #expect(fresh.hard == state.hard && fresh.soft == state.soft)
        ejection.revert(&state)
        #expect(state.placement == before)
    }

    /// A (50 students) sits in the small room and B (5 students, period 0 only) in the big room,
    /// both in period 0: the room ejection gives A the big room and sends B to the small one.
    @Test func roomEjectionFreesTheRoomThatFits() throws {
        let text = """
            Name: Rooms
            Courses: 2
            Rooms: 2
            Days: 1
            Periods_per_day: 2
            Curricula: 2
            Constraints: 1

            COURSES:
            A ta 1 1 50
            B tb 1 1 5

            ROOMS:
            big 60
            small 10

            CURRICULA:
            qa 1 A
            qb 1 B

            UNAVAILABILITY_CONSTRAINTS:
            B 0 1

            END.
            """
        let instance = try CTTInstance(text: text, file: "rooms.ctt")
        let problem = try ProblemCompiler.compile(CTTProgrammeMapping(instance: instance).programme)
        func event(_ course: String) throws -> Int {
            try #require((0..<problem.eventCount).first { problem.sessionIDs[Int(problem.eventSession[$0])] == course })
        }
        let a = try event("A"), b = try event("B")
        func slot(_ e: Int, room r: Int32) throws -> Int {
            let offset = Int(problem.roomOffsets[e])
            return try #require((0..<problem.roomCandidateCount(of: e)).first { problem.roomList[offset + $0] == r })
        }
        let aOffset = Int(problem.roomOffsets[a])
        let small = try #require((0..<problem.roomCandidateCount(of: a)).first { problem.roomCost[aOffset + $0] > 0 })
        let big = 1 - small
        var state = SearchState(problem: problem)
        let p0 = { (e: Int) in Int(problem.candidateAt[e * problem.periodCount]) }
        state.place(a, cand: p0(a), slot: small, choice: 0)
        state.place(b, cand: p0(b), slot: try slot(b, room: problem.roomList[aOffset + big]), choice: 0)
        #expect(state.hard == 0 && state.soft > 0)
        let before = (state.placement, state.hard, state.soft)
        var ejection = EjectionChain()
        var rng = SeededGenerator(seed: 1)
        let delta = try #require(ejection.applyRoom(a, slot: big, state: &state, rng: &rng))
        #expect(state.hard == before.1 + delta.hard && state.soft == before.2 + delta.soft)
        let fresh = state.recomputed()
        #expect(fresh.hard == state.hard && fresh.soft == state.soft)
        #expect(state.hard == 0 && delta.soft < 0)
        #expect(state.placement.start[b] == 0 && state.placement.room[a] == problem.roomList[aOffset + big])
        ejection.revert(&state)
        #expect(state.placement == before.0 && state.hard == before.1 && state.soft == before.2)
    }
}
