import Curriculum
import Testing
@testable import Timetabling

@Suite struct TravelTimeTests {
    var programme: Programme {
        var p = Fixtures.programme(
            rooms: [Room(id: "a", name: "A", venue: "paris", capacity: 20), Room(id: "b", name: "B", venue: "lyon", capacity: 20)],
            sessions: [
                Session(id: "s1", title: "One", duration: .minutes(60), trainers: ["t1"], rooms: ["a"]),
                Session(id: "s2", title: "Two", duration: .minutes(60), occurrences: 2, trainers: ["t1"], rooms: ["b"], cohorts: ["c1"]),
                Session(id: "s3", title: "Three", duration: .minutes(60), rooms: ["a"], cohorts: ["c1"]),
            ])
        p.venues = [
            Venue(id: "paris", name: "Paris", country: .france, timezone: "Europe/Paris", travel: [TravelTime(venue: "lyon", minutes: 60)]),
            Venue(id: "lyon", name: "Lyon", country: .france, timezone: "Europe/Paris"),
        ]
        return p
    }

    @Test func enoughTimeBetweenVenuesIsFine() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))
        state.put(1, at: Fixtures.period(p, day: 0, 11))
        state.put(2, at: Fixtures.period(p, day: 1, 9))
        state.put(3, at: Fixtures.period(p, day: 2, 9))
        #expect(state.hard == 0)
    }

    @Test func tooLittleTimeCostsOnePerSharedResource() throws {
        let p = try ProblemCompiler.compile(programme)
        var state = SearchState(problem: p)
        state.put(0, at: Fixtures.period(p, day: 0, 9))        // Paris 09:00–10:00, trainer t1
        state.put(1, at: Fixtures.period(p, day: 0, 10, 30))   // Lyon 10:30, trainer t1 and cohort c1: 30 minutes < 60
        state.put(3, at: Fixtures.period(p, day: 0, 14))       // Paris 14:00, cohort c1: three hours after, fine
        state.put(2, at: Fixtures.period(p, day: 1, 9))
        #expect(state.hard == 1)
        #expect(TravelTime.cost(of: state.placement, problem: p) == 1)
        state.put(3, at: Fixtures.period(p, day: 0, 11, 30))   // Paris 11:30 right after Lyon for cohort c1
        #expect(state.hard == 2)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let walk = IncrementalHarness.walk(TravelTime.self, problem: try ProblemCompiler.compile(programme))
        #expect(walk.mismatches == 0)
        #expect(walk.nonZero > 0)
    }
}
