import Curriculum
import Testing
@testable import Timetabling

@Suite struct HardRoomCapacityTests {
    let small = Room(id: "small", name: "Small", venue: "paris", capacity: 10)
    let large = Room(id: "large", name: "Large", venue: "paris", capacity: 20)

    func programme(hard: Bool, rooms: [Room], sessionRooms: [String] = []) -> Programme {
        Fixtures.programme(
            rooms: rooms,
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, rooms: sessionRooms, cohorts: ["c1"],
                               location: UnaryHarness.at(24))],
            rules: hard ? [Rule(.roomCapacity, location: UnaryHarness.at(25))] : [])
    }

    func rooms(_ p: Problem, _ e: Int) -> [String] {
        (Int(p.roomOffsets[e])..<Int(p.roomOffsets[e + 1])).map { p.roomIDs[Int(p.roomList[$0])] }
    }

    @Test func roomsWithEnoughSeatsRemain() throws {
        let p = try ProblemCompiler.compile(programme(hard: true, rooms: [small, large], sessionRooms: ["small", "large"]))
        #expect(rooms(p, 0) == ["large"])
        #expect(p.roomCost[Int(p.roomOffsets[0])] == 0)
        // Without the rule, the session's small room stays a candidate (at a soft cost).
        let q = try ProblemCompiler.compile(programme(hard: false, rooms: [small, large], sessionRooms: ["small", "large"]))
        #expect(rooms(q, 0) == ["small", "large"])
    }

    @Test func noRoomLeftFailsWithTheRule() {
        let failure = UnaryHarness.failure(programme(hard: true, rooms: [small]))
        let reasons = failure?.unplaceable.first?.reasons ?? []
        #expect(reasons.first == .init(message: "rooms with fewer than 12 seats are excluded (room capacity rule)", location: UnaryHarness.at(25)))
        #expect(reasons.contains(.init(message: "no room is left for it", location: UnaryHarness.at(24))))
    }

    @Test func checkerReportsAnOverfullRoomAsHard() throws {
        let free = try ProblemCompiler.compile(programme(hard: false, rooms: [small]))
        let placed = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 9), checkedAgainst: programme(hard: true, rooms: [small]))
        let penalty = placed.cost.penalties.first { $0.rule == "room-capacity" }
        #expect(penalty?.hard == true)
        #expect(penalty?.cost == 1)
        #expect(penalty?.source == UnaryHarness.at(25))
        #expect(placed.cost.soft == 0)
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(hard: true, rooms: [small, large], sessionRooms: ["small", "large"])
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "room-capacity")
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        let unruled = programme(hard: false, rooms: [small, large], sessionRooms: ["small", "large"])
        let control = UnaryHarness.walk(try ProblemCompiler.compile(unruled), checkedAgainst: ruled, rule: "room-capacity")
        #expect(control.ruleSteps > 0)
    }
}
