import Curriculum
import Testing
@testable import Timetabling

@Suite struct CohortRhythmTests {
    static let wednesday = Fixtures.monday.adding(days: 2)

    func programme(rhythm: [TimeSpec] = [], travel: [TravelDay] = []) -> Programme {
        Fixtures.programme(
            cohorts: [Cohort(id: "c1", name: "Cohort One", size: 12, travelDays: travel, rhythm: rhythm, location: UnaryHarness.at(8))],
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, cohorts: ["c1"])])
    }

    let rhythm = [TimeSpec(weekdays: [.monday, .tuesday, .wednesday], windows: ["morning"], location: UnaryHarness.at(9))]
    let travel = [TravelDay(date: wednesday, from: "paris", to: "paris", location: UnaryHarness.at(10))]

    @Test func startsInsideTheRhythmAndOffTravelDaysRemain() throws {
        let p = try ProblemCompiler.compile(programme(rhythm: rhythm, travel: travel))
        let starts = UnaryHarness.starts(p, 0)
        #expect(starts.count == 2 * 6)
        #expect(starts.allSatisfy { $0.day < 2 && $0.time < TimeOfDay(hour: 12) })
    }

    @Test func noStartLeftFailsWithTheCohort() {
        let failure = UnaryHarness.failure(programme(rhythm: [TimeSpec(weekdays: [.saturday])]))
        #expect(failure?.unplaceable.first?.reasons.first == .init(
            message: "cohort Cohort One is not taught at some times (weekly rhythm or travel days)", location: UnaryHarness.at(8)))
    }

    @Test func checkerReportsRhythmAndTravelDay() throws {
        let free = try ProblemCompiler.compile(programme())
        let ruled = programme(rhythm: rhythm, travel: travel)
        let afternoon = UnaryHarness.placed(free, at: Fixtures.period(free, day: 0, 14), checkedAgainst: ruled)
        #expect(UnaryHarness.cost(of: "cohort-rhythm", in: afternoon) == 1)
        #expect(afternoon.cost.penalties.first { $0.rule == "cohort-rhythm" }?.source == UnaryHarness.at(9))
        let travelling = UnaryHarness.placed(free, at: Fixtures.period(free, day: 2, 9), checkedAgainst: ruled)
        #expect(UnaryHarness.cost(of: "travel-day", in: travelling) == 1)
        #expect(UnaryHarness.cost(of: "cohort-rhythm", in: travelling) == 0)
        let fine = UnaryHarness.placed(free, at: Fixtures.period(free, day: 1, 9), checkedAgainst: ruled)
        #expect(UnaryHarness.cost(of: "cohort-rhythm", in: fine) + UnaryHarness.cost(of: "travel-day", in: fine) == 0)
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(rhythm: rhythm, travel: travel)
        for rule in ["cohort-rhythm", "travel-day"] {
            let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: rule)
            #expect(walk.mismatches == 0)
            #expect(walk.ruleSteps == 0)
            let control = UnaryHarness.walk(try ProblemCompiler.compile(programme()), checkedAgainst: ruled, rule: rule)
            #expect(control.ruleSteps > 0)
        }
    }
}
