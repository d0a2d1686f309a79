import Curriculum
import Testing
@testable import Timetabling

/// Cohort One (12) in room Small (10 seats) or Large (20 seats).
@Suite struct RoomCapacityOverflowTests {
    let rooms = [Room(id: "small", name: "Small", venue: "paris", capacity: 10), Room(id: "large", name: "Large", venue: "paris", capacity: 20)]

    func programme(weight: Int?) -> Programme {
        Fixtures.programme(
            rooms: rooms,
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 3, rooms: ["small", "large"], cohorts: ["c1"])],
            preferences: weight.map { [Preference(.roomCapacity, weight: $0, location: UnaryHarness.at(36))] } ?? [])
    }

    func roomCosts(_ p: Problem) -> [Int32] { Array(p.roomCost[Int(p.roomOffsets[0])..<Int(p.roomOffsets[1])]) }

    @Test func enoughSeatsCostNothing() throws {
        let p = try ProblemCompiler.compile(programme(weight: 2))
        #expect(p.roomIDs[Int(p.roomList[Int(p.roomOffsets[0]) + 1])] == "large")
        #expect(roomCosts(p)[1] == 0)
    }

    @Test func eachParticipantOverTheSeatsCostsTheWeight() throws {
        #expect(roomCosts(try ProblemCompiler.compile(programme(weight: 2))) == [2 * 2, 0])
        // Without a preference the default weight, 1.
        #expect(roomCosts(try ProblemCompiler.compile(programme(weight: nil))) == [2, 0])
    }

    @Test func checkerAgreesOnTheCost() throws {
        let p = try ProblemCompiler.compile(programme(weight: 2))
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9), slot: 0)
        state.put(1, at: Fixtures.period(p, day: 1, 9), slot: 0)
        state.put(2, at: Fixtures.period(p, day: 2, 9), slot: 1)
        let schedule = UnaryHarness.schedule(state, checkedAgainst: programme(weight: 2))
        #expect(state.soft == 2 * 4)
        #expect(UnaryHarness.cost(of: "room-capacity", in: schedule) == 2 * 4)
        #expect(schedule.cost.penalties.first { $0.rule == "room-capacity" }?.hard == false)
        #expect(schedule.cost.penalties.first { $0.rule == "room-capacity" }?.source == UnaryHarness.at(36))
    }

    @Test func incrementalEqualsFromScratchAndTheChecker() throws {
        let ruled = programme(weight: 3)
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "room-capacity")
        #expect(walk.mismatches == 0)
        #expect(walk.softDisagreements == 0)
        #expect(walk.ruleDisagreements == 0)
        #expect(walk.ruleSteps > 0)
    }
}
