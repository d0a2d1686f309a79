import Curriculum
import Testing
@testable import Timetabling

@Suite struct DailyRitualTests {
    func programme(time: TimeOfDay?) -> Programme {
        Fixtures.programme(
            sessions: [Session(id: "r", title: "Look-back", duration: .minutes(30), occurrences: 4, cohorts: ["c1"])],
            rules: time.map { [Rule(.dailyRitual(session: "r", time: $0, skipFirstDays: 1), location: UnaryHarness.at(18))] } ?? [])
    }

    @Test func eachOccurrenceHasItsDateAtTheRitualsTime() throws {
        let p = try ProblemCompiler.compile(programme(time: TimeOfDay(hour: 9)))
        #expect(p.eventCount == 4)   // every teaching date but the first
        for e in 0..<4 {
            #expect(p.candidateCount(of: e) == 1)
            #expect(UnaryHarness.starts(p, e).first?.day == e + 1)
            #expect(UnaryHarness.starts(p, e).first?.time == TimeOfDay(hour: 9))
        }
    }

    @Test func aTimeOutsideTheWindowsFailsWithTheRule() {
        let failure = UnaryHarness.failure(programme(time: TimeOfDay(hour: 8)))
        #expect(failure?.unplaceable.count == 4)
        #expect(failure?.unplaceable.first?.reasons.first == .init(message: "daily ritual on 2024-01-09 at 08:00", location: UnaryHarness.at(18)))
    }

    @Test func checkerReportsTheWrongTime() throws {
        // Compiled without the rule, the session has 4 occurrences; placed at 9:30 on Tuesday.
        let free = try ProblemCompiler.compile(programme(time: nil))
        let late = UnaryHarness.placed(free, at: Fixtures.period(free, day: 1, 9, 30), checkedAgainst: programme(time: TimeOfDay(hour: 9)))
        let penalties = late.cost.penalties.filter { $0.rule == "daily-ritual" }
        #expect(penalties.map(\.message).contains("Look-back (r/1) on 2024-01-09 at 09:30 should start at 09:00 (+1)"))
        #expect(penalties.allSatisfy { $0.source == UnaryHarness.at(18) })
    }

    @Test func randomWalkNeverBreaksTheRuleAndItsIncrementalCostIsExact() throws {
        let ruled = programme(time: TimeOfDay(hour: 9))
        let ruledProblem = try ProblemCompiler.compile(ruled)
        var state = SearchState(problem: ruledProblem)
        for e in 0..<4 { state.put(e, at: Int(ruledProblem.candPeriod[Int(ruledProblem.candOffsets[e])])) }
        #expect(UnaryHarness.cost(of: "daily-ritual", in: UnaryHarness.schedule(state, checkedAgainst: ruled)) == 0)
        // The walk leaves occurrences unplaced (missing dates); a wrong time or date is never reported.
        let wrongPlace: (Penalty) -> Bool = { $0.message.contains("should start at") || !$0.message.contains(", 0 extra") }
        let walk = UnaryHarness.walk(ruledProblem, checkedAgainst: ruled, rule: "daily-ritual", matching: wrongPlace)
        #expect(walk.mismatches == 0)
        #expect(walk.ruleSteps == 0)
        let control = UnaryHarness.walk(try ProblemCompiler.compile(programme(time: nil)), checkedAgainst: ruled, rule: "daily-ritual", matching: wrongPlace)
        #expect(control.ruleSteps > 0)
    }
}
