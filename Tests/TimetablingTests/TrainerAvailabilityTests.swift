import Curriculum
import Testing
@testable import Timetabling

@Suite struct TrainerAvailabilityTests {
    func programme(available: [TimeSpec] = [], unavailable: [TimeSpec] = []) -> Programme {
        Fixtures.programme(
            trainers: [Trainer(id: "t1", name: "Trainer One", available: available, unavailable: unavailable, location: UnaryHarness.at(4))],
            sessions: [Session(id: "a", title: "A", duration: .minutes(90), occurrences: 2, trainers: ["t1"], cohorts: ["c1"])])
    }

    let mondayOff = [TimeSpec(weekdays: [.monday])]
    let afternoons = [TimeSpec(windows: ["afternoon"])]

    @Test func startsWhenTheTrainerIsAvailableRemain() throws {
        let p = try ProblemCompiler.compile(programme(unavailable: mondayOff))
        // 90 minutes: 5 starts per window, 10 a day, Tuesday to Friday.
        for e in 0..<2 {
            #expect(p.candidateCount(of: e) == 4 * 10)
            #expect(UnaryHarness.starts(p, e).allSatisfy { $0.day != 0 })
        }
        let q = try ProblemCompiler.compile(programme(available: afternoons))
        #expect(UnaryHarness.starts(q, 0).allSatisfy { $0.time >= TimeOfDay(hour: 14) })
        #expect(q.candidateCount(of: 0) == 5 * 5)
    }

    @Test func noStartLeftFailsWithTheTrainersName() {
        let failure = UnaryHarness.failure(programme(available: [TimeSpec(weekdays: [.sunday])]))
        #expect(failure?.unplaceable.map(\.occurrence) == [1, 2])
        #expect(failure?.unplaceable.first?.reasons.first
            == .init(message: "trainer Trainer One is not available at some times", location: UnaryHarness.at(4)))
    }

    @Test func checkerReportsTheTrainerUnavailable() throws {
        let free = try ProblemCompiler.compile(programme())
        let monday = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 14), checkedAgainst: programme(unavailable: mondayOff))
        #expect(UnaryHarness.cost(of: "trainer-availability", in: monday) == 1)
        #expect(monday.cost.penalties.first { $0.rule == "trainer-availability" }?.source == UnaryHarness.at(4))
        // 11:00–12:30 is in the morning.
        let morning = UnaryHarness.placed(free, at: Fixtures.period(free, day: 1, 11), checkedAgainst: programme(available: afternoons))
        #expect(UnaryHarness.cost(of: "trainer-availability", in: morning) == 1)
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(available: afternoons, unavailable: mondayOff)
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "trainer-availability")
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        let control = UnaryHarness.walk(try ProblemCompiler.compile(programme()), checkedAgainst: ruled, rule: "trainer-availability")
        #expect(control.ruleSteps > 0)
    }
}
