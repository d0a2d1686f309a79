import Curriculum
import Testing
@testable import Timetabling

/// Session a should start early (weight 2); b is not concerned.
@Suite struct EarlyTests {
    let programme = Fixtures.programme(
        sessions: [
            Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, cohorts: ["c1"]),
            Session(id: "b", title: "B", duration: .minutes(60)),
        ],
        preferences: [Preference(.early(session: "a"), weight: 2, location: UnaryHarness.at(34))])

    @Test func startingWhenTheWindowOpensCostsNothing() throws {
        let p = try ProblemCompiler.compile(programme)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 0, 9)) == 0)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 2, 14)) == 0)
        #expect(UnaryHarness.startCost(p, Fixtures.events(p, "b")[0], at: Fixtures.period(p, day: 0, 11)) == 0)
    }

    @Test func eachPeriodAfterTheOpeningCostsTheWeight() throws {
        let p = try ProblemCompiler.compile(programme)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 0, 10, 30)) == 2 * 3)
        #expect(UnaryHarness.startCost(p, 0, at: Fixtures.period(p, day: 3, 16, 30)) == 2 * 5)
    }

    @Test func checkerAgreesOnTheCost() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 10, 30))
        state.put(1, at: Fixtures.period(p, day: 1, 15))
        let schedule = UnaryHarness.schedule(state, checkedAgainst: programme)
        #expect(state.soft == 2 * 3 + 2 * 2)
        #expect(UnaryHarness.cost(of: "early", in: schedule) == 2 * 3 + 2 * 2)
        #expect(schedule.cost.penalties.first { $0.rule == "early" }?.source == UnaryHarness.at(34))
    }

    @Test func incrementalEqualsFromScratchAndTheChecker() throws {
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(programme), checkedAgainst: programme, rule: "early")
        #expect(walk.mismatches == 0)
        #expect(walk.softDisagreements == 0)
        #expect(walk.ruleDisagreements == 0)
        #expect(walk.ruleSteps > 0)
    }

    /// Rooms in Paris (opens 9:00) and in Lyon (opens 10:00): the cost follows the room's venue.
    static let lyon = Venue(
        id: "lyon", name: "Lyon", country: .france, timezone: "Europe/Paris",
        windows: [TimeWindow(name: "morning", start: TimeOfDay(hour: 10), end: TimeOfDay(hour: 12, minute: 30))])

    var twoVenues: Programme {
        var programme = Fixtures.programme(
            rooms: [Room(id: "a", name: "A", venue: "paris", capacity: 20), Room(id: "m", name: "M", venue: "lyon", capacity: 20)],
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 3, rooms: ["a", "m"], cohorts: ["c1"])],
            preferences: [Preference(.early(session: "a"), weight: 2, location: UnaryHarness.at(34))])
        programme.venues.append(Self.lyon)
        return programme
    }

    @Test func theWindowIsTheRoomsVenues() throws {
        let p = try ProblemCompiler.compile(twoVenues)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 10), slot: 1)    // Lyon opens at 10:00
        #expect(state.soft == 0)
        state.changeRoom(0, slot: 0)                                  // Paris opened at 9:00
        #expect(state.soft == 2 * 2)
        state.put(1, at: Fixtures.period(p, day: 1, 11), slot: 1)
        #expect(state.soft == 2 * 2 + 2 * 2)
        #expect(state.recomputed().soft == state.soft)
        let schedule = UnaryHarness.schedule(state, checkedAgainst: twoVenues)
        #expect(UnaryHarness.cost(of: "early", in: schedule) == state.soft)
    }

    @Test func incrementalEqualsTheCheckerWithRoomsAtSeveralVenues() throws {
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(twoVenues), checkedAgainst: twoVenues, rule: "early")
        #expect(walk.mismatches == 0)
        #expect(walk.softDisagreements == 0)
        #expect(walk.ruleSteps > 0)
    }

    /// Échirolles: venues opening at 9:00, 10:00, 13:30 and 14:00, a session free to use rooms at all of them.
    @Test func incrementalEqualsTheCheckerOnEchirolles() throws {
        var programme = try BundledCurricula.programme("echirolles-ateliers-2023")
        programme.preferences = programme.preferences.filter { if case .early = $0.kind { true } else { false } }
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(programme), checkedAgainst: programme, rule: "early")
        #expect(walk.mismatches == 0)
        #expect(walk.softDisagreements == 0)
        #expect(walk.ruleSteps > 0)
    }
}
