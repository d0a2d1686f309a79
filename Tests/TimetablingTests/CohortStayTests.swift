import Curriculum
import Testing
@testable import Timetabling

@Suite struct CohortStayTests {
    func programme(stays: [Stay] = []) -> Programme {
        Fixtures.programme(
            cohorts: [Cohort(id: "c1", name: "Cohort One", size: 12, stays: stays, location: UnaryHarness.at(12))],
            sessions: [Session(id: "a", title: "A", duration: .minutes(60), occurrences: 2, cohorts: ["c1"])])
    }

    /// Tuesday to Thursday in Paris.
    let midweek = [Stay(venue: "paris", from: Fixtures.monday.adding(days: 1), to: Fixtures.monday.adding(days: 3), location: UnaryHarness.at(13))]

    @Test func startsOnTheStaysDatesRemain() throws {
        let p = try ProblemCompiler.compile(programme(stays: midweek))
        let starts = UnaryHarness.starts(p, 0)
        #expect(starts.count == 3 * 12)
        #expect(starts.allSatisfy { (1...3).contains($0.day) })
    }

    @Test func noStayInTheProgrammeFailsWithTheStay() {
        let february = [Stay(venue: "paris", from: LocalDate(year: 2024, month: 2, day: 1), to: LocalDate(year: 2024, month: 2, day: 9),
                             location: UnaryHarness.at(13))]
        let failure = UnaryHarness.failure(programme(stays: february))
        #expect(failure?.unplaceable.first?.reasons.first == .init(message: "cohort Cohort One has no stay on some dates", location: UnaryHarness.at(13)))
    }

    @Test func checkerReportsADateOutsideTheStays() throws {
        let free = try ProblemCompiler.compile(programme())
        let friday = UnaryHarness.placed(free, at: Fixtures.period(free, day: 4, 9), checkedAgainst: programme(stays: midweek))
        #expect(UnaryHarness.cost(of: "stay", in: friday) == 1)
        let wednesday = UnaryHarness.placed(free, at: Fixtures.period(free, day: 2, 9), checkedAgainst: programme(stays: midweek))
        #expect(UnaryHarness.cost(of: "stay", in: wednesday) == 0)
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(stays: midweek)
        let walk = UnaryHarness.walk(try ProblemCompiler.compile(ruled), checkedAgainst: ruled, rule: "stay")
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        let control = UnaryHarness.walk(try ProblemCompiler.compile(programme()), checkedAgainst: ruled, rule: "stay")
        #expect(control.ruleSteps > 0)
    }
}
