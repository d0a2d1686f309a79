import Curriculum
import Testing
@testable import Timetabling

@Suite struct TrainerPoolTests {
    func programme(one: [TimeSpec] = [], two: [TimeSpec] = []) -> Programme {
        Fixtures.programme(
            trainers: [Trainer(id: "t1", name: "Trainer One", unavailable: one), Trainer(id: "t2", name: "Trainer Two", unavailable: two)],
            sessions: [
                Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, trainerPool: ["t1", "t2"], cohorts: ["c1"],
                        location: UnaryHarness.at(6)),
            ])
    }

    let monday = [TimeSpec(weekdays: [.monday])]
    let tuesday = [TimeSpec(weekdays: [.tuesday])]

    func allowed(_ p: Problem, at period: Int, choice: Int) -> Bool {
        let c = Int(p.candidateAt[period])
        return p.choiceAllowed[Int(p.choiceBase[0]) + c * Int(p.choiceWidth[0]) + choice] != 0
    }

    @Test func aStartStaysWhileOneTrainerOfThePoolIsAvailable() throws {
        let p = try ProblemCompiler.compile(programme(one: monday))
        #expect(p.candidateCount(of: 0) == 5 * 12)
        #expect(p.choiceWidth[0] == 2)
        let mondayStart = Fixtures.period(p, day: 0, 9), tuesdayStart = Fixtures.period(p, day: 1, 9)
        #expect(!allowed(p, at: mondayStart, choice: 0))
        #expect(allowed(p, at: mondayStart, choice: 1))
        #expect(allowed(p, at: tuesdayStart, choice: 0))
        #expect(allowed(p, at: tuesdayStart, choice: 1))
    }

    @Test func startsWithoutAnyTrainerOfThePoolAreRemoved() throws {
        let p = try ProblemCompiler.compile(programme(one: monday, two: monday + tuesday))
        #expect(p.candidateCount(of: 0) == 4 * 12)
        #expect(UnaryHarness.starts(p, 0).allSatisfy { $0.day != 0 })
        #expect(!allowed(p, at: Fixtures.period(p, day: 1, 9), choice: 1))
    }

    @Test func noStartLeftFailsWithTheSessionsLocation() {
        let failure = UnaryHarness.failure(programme(one: [TimeSpec()], two: [TimeSpec()]))
        #expect(failure?.unplaceable.first?.reasons.first
            == .init(message: "no trainer of the pool is available at some times", location: UnaryHarness.at(6)))
    }

    @Test func checkerReportsThePoolTrainerUnavailable() throws {
        let free = try ProblemCompiler.compile(programme())
        let ruled = programme(one: monday)
        let one = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 9), choice: 0, checkedAgainst: ruled)
        #expect(UnaryHarness.cost(of: "trainer-availability", in: one) == 1)
        let two = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 9), choice: 1, checkedAgainst: ruled)
        #expect(UnaryHarness.cost(of: "trainer-availability", in: two) == 0)
        #expect(two.cost.hard == 1)   // the second occurrence is missing, nothing else
    }

    @Test func aPinThatFixesThePoolTrainerLeavesOnlyThatChoice() throws {
        var ruled = programme()
        ruled.sessions[0].pins = [Pin(date: Fixtures.monday, time: TimeOfDay(hour: 9), location: UnaryHarness.at(16), occurrence: 1, trainer: "t2")]
        let p = try ProblemCompiler.compile(ruled)
        let events = Fixtures.events(p, "a")
        #expect(p.choiceWidth[events[0]] == 1)
        #expect(p.poolTrainers[Int(p.poolOffsets[events[0]])..<Int(p.poolOffsets[events[0] + 1])] == [1])   // Trainer Two
        #expect(p.choiceWidth[events[1]] == 2)   // occurrence 2 is not pinned
        // The checker reports occurrence 1 run by another trainer of the pool.
        let free = try ProblemCompiler.compile(programme())
        let other = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 9), choice: 0, checkedAgainst: ruled)
        #expect(UnaryHarness.cost(of: "pin", in: other) == 1)
        #expect(other.cost.penalties.first { $0.rule == "pin" }?.message == "A (a/1) on 2024-01-08 at 09:00 is pinned to trainer t2 (+1)")
        let kept = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 9), choice: 1, checkedAgainst: ruled)
        #expect(UnaryHarness.cost(of: "pin", in: kept) == 0)
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(one: monday, two: tuesday)
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "trainer-availability")
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        let control = UnaryHarness.walk(try ProblemCompiler.compile(programme()), checkedAgainst: ruled, rule: "trainer-availability")
        #expect(control.ruleSteps > 0)
    }
}
