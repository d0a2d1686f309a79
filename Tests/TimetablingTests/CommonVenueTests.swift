import Curriculum
import Testing
@testable import Timetabling

/// Two cohorts: c1 in Paris all week; c2 in Lyon on Monday and Tuesday, then in Paris.
@Suite struct CommonVenueTests {
    static let lyon = Venue(id: "lyon", name: "Lyon", country: .france, timezone: "Europe/Paris")

    func programme(shared: Bool, rooms: [Room] = []) -> Programme {
        let week = (from: Fixtures.monday, to: Fixtures.monday.adding(days: 4))
        var programme = Fixtures.programme(
            rooms: rooms,
            cohorts: [
                Cohort(id: "c1", name: "Cohort One", size: 12, stays: shared ? [Stay(venue: "paris", from: week.from, to: week.to)] : []),
                Cohort(id: "c2", name: "Cohort Two", size: 8, stays: shared ? [
                    Stay(venue: "lyon", from: week.from, to: week.from.adding(days: 1)),
                    Stay(venue: "paris", from: week.from.adding(days: 2), to: week.to),
                ] : []),
            ],
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, cohorts: ["c1", "c2"], location: UnaryHarness.at(14))])
        programme.venues.append(Self.lyon)
        return programme
    }

    @Test func startsWhereTheCohortsMeetRemain() throws {
        let p = try ProblemCompiler.compile(programme(shared: true))
        let starts = UnaryHarness.starts(p, 0)
        #expect(starts.count == 3 * 12)
        #expect(starts.allSatisfy { $0.day >= 2 })
        let offset = Int(p.candOffsets[0])
        #expect((0..<starts.count).allSatisfy { p.venueIDs[Int(p.candVenue[offset + $0])] == "paris" })
    }

    @Test func cohortsNeverTogetherFailWithTheSession() {
        var apart = programme(shared: true)
        apart.cohorts[1].stays = [Stay(venue: "lyon", from: Fixtures.monday, to: Fixtures.monday.adding(days: 4))]
        let failure = UnaryHarness.failure(apart)
        #expect(failure?.unplaceable.first?.reasons.first == .init(message: "its cohorts stay at different venues on some dates", location: UnaryHarness.at(14)))
    }

    @Test func checkerReportsACohortAwayFromTheVenue() throws {
        let free = try ProblemCompiler.compile(programme(shared: false))
        let monday = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 9), checkedAgainst: programme(shared: true))
        #expect(UnaryHarness.cost(of: "stay", in: monday) == 1)   // c2 is in Lyon; the occurrence is in Paris
        let thursday = UnaryHarness.placed(free, at: Fixtures.period(free, day: 3, 9), checkedAgainst: programme(shared: true))
        #expect(UnaryHarness.cost(of: "stay", in: thursday) == 0)
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(shared: true)
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "stay")
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        let control = UnaryHarness.walk(try ProblemCompiler.compile(programme(shared: false)), checkedAgainst: ruled, rule: "stay")
        #expect(control.ruleSteps > 0)
    }
}
