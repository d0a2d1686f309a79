import Curriculum
import Testing
@testable import Timetabling

@Suite struct PinnedStartTests {
    func programme(pins: [Pin] = []) -> Programme {
        Fixtures.programme(sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, cohorts: ["c1"], pins: pins)])
    }

    let wednesdayAfternoon = [Pin(date: Fixtures.monday.adding(days: 2), time: TimeOfDay(hour: 14), location: UnaryHarness.at(16))]

    @Test func thePinIsThePinnedOccurrencesOnlyStart() throws {
        let p = try ProblemCompiler.compile(programme(pins: wednesdayAfternoon))
        #expect(p.candidateCount(of: 0) == 1)
        #expect(UnaryHarness.starts(p, 0).first?.day == 2)
        #expect(UnaryHarness.starts(p, 0).first?.time == TimeOfDay(hour: 14))
        #expect(p.candidateCount(of: 1) == 5 * 12)   // occurrence 2 is not pinned
    }

    @Test func aPinOutsideTheGridFailsWithThePin() {
        let saturday = [Pin(date: Fixtures.monday.adding(days: 5), time: TimeOfDay(hour: 9), location: UnaryHarness.at(16))]
        let failure = UnaryHarness.failure(programme(pins: saturday))
        #expect(failure?.unplaceable.map(\.occurrence) == [1])
        #expect(failure?.unplaceable.first?.reasons.first == .init(message: "occurrence 1 is pinned to 2024-01-13 09:00", location: UnaryHarness.at(16)))
    }

    @Test func checkerReportsAnOccurrenceOffItsPin() throws {
        let free = try ProblemCompiler.compile(programme())
        let moved = UnaryHarness.placed(free, at: Fixtures.period(free, day: 2, 14, 30), checkedAgainst: programme(pins: wednesdayAfternoon))
        #expect(UnaryHarness.cost(of: "pin", in: moved) == 1)
        #expect(moved.cost.penalties.first { $0.rule == "pin" }?.source == UnaryHarness.at(16))
        let pinned = UnaryHarness.placed(free, at: Fixtures.period(free, day: 2, 14), checkedAgainst: programme(pins: wednesdayAfternoon))
        #expect(UnaryHarness.cost(of: "pin", in: pinned) == 0)
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(pins: wednesdayAfternoon)
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "pin")
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        let control = UnaryHarness.walk(try ProblemCompiler.compile(programme()), checkedAgainst: ruled, rule: "pin")
        #expect(control.ruleSteps > 0)
    }
}
