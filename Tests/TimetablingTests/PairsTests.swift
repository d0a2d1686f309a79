import Curriculum
import Testing
@testable import Timetabling

/// `pairs`: occurrence i of `then` after occurrence i of `first` (per-index precedence arcs), on
/// the same date when asked (per-index same-day groups), against the checker's own count.
@Suite struct PairsTests {
    func programme(sameDay: Bool, minGapDays: Int? = nil, maxGapDays: Int? = nil) -> Programme {
        Fixtures.programme(
            days: 12,
            sessions: [
                Session(id: "lecture", title: "Lecture", duration: .minutes(210), occurrences: 3, cohorts: ["c1"]),
                Session(id: "lab", title: "Lab", duration: .minutes(90), occurrences: 3, cohorts: ["c1"]),
            ],
            rules: [Rule(.pairs(first: "lecture", then: "lab", sameDay: sameDay, minGapDays: minGapDays, maxGapDays: maxGapDays))])
    }

    /// Lectures on dates 0, 1, 2 at 09:00, labs at the given (date, hour) starts.
    func state(_ p: Problem, labs: [(Int, Int)]) -> SearchState {
        var state = SearchState(problem: p)
        for (i, e) in Fixtures.events(p, "lecture").enumerated() { state.put(e, at: Fixtures.period(p, day: i, 9)) }
        for (e, (day, hour)) in zip(Fixtures.events(p, "lab"), labs) { state.put(e, at: Fixtures.period(p, day: day, hour)) }
        return state
    }

    @Test func eachLabAfterItsLectureTheSameDayCostsNothing() throws {
        let programme = programme(sameDay: true)
        let p = try ProblemCompiler.compile(programme)
        let s = state(p, labs: [(0, 14), (1, 14), (2, 14)])
        #expect(s.hard == 0)
        #expect(UnaryHarness.schedule(s, checkedAgainst: programme).cost.hard == 0)
    }

    @Test func pairsAreByIndexNotAllAgainstAll() throws {
        // Lab 1 on date 1 follows lecture 1 (date 0) though lecture 2 (date 1, 09:00) is not over by
        // then? It is: lecture 2 ends at 12:30, lab 1 starts at 14:00; only the index pairs count.
        let programme = programme(sameDay: false)
        let p = try ProblemCompiler.compile(programme)
        let s = state(p, labs: [(0, 14), (0, 14 + 2), (2, 14)])
        // Lab 2 (date 0, 16:00) is before lecture 2 (date 1): one violation; lab 1 and 3 hold.
        #expect(s.hard == 1)
        #expect(UnaryHarness.schedule(s, checkedAgainst: programme).cost.hard == 1)
    }

    @Test func eachBrokenOrderAndEachOtherDayCostsOne() throws {
        let programme = programme(sameDay: true)
        let p = try ProblemCompiler.compile(programme)
        // Lab 1 the next day (other day: 1); lab 2 before lecture 2 and on another day (2); lab 3 holds.
        let s = state(p, labs: [(1, 14), (0, 14), (2, 14)])
        #expect(s.hard == 3)
        let penalties = UnaryHarness.schedule(s, checkedAgainst: programme).cost.penalties.filter { $0.rule == "pairs" }
        #expect(penalties.map(\.cost).reduce(0, +) == 3)
        #expect(penalties.contains { $0.message.contains("(occurrence 2 of each)") })
    }

    @Test func aMinimumGapInDates() throws {
        let programme = programme(sameDay: false, minGapDays: 1)
        let p = try ProblemCompiler.compile(programme)
        let s = state(p, labs: [(0, 14), (2, 14), (4, 14)])
        #expect(s.hard == 1)                     // lab 1 on its lecture's date
        #expect(UnaryHarness.schedule(s, checkedAgainst: programme).cost.hard == 1)
    }

    @Test func atMostNDatesLater() throws {
        let programme = programme(sameDay: false, maxGapDays: 2)
        let p = try ProblemCompiler.compile(programme)
        // Lab 1 three dates after lecture 1 (Monday to Thursday): 1 over; lab 2 two dates after; lab 3
        // the next week, Monday 15 after Wednesday 10: five dates, 1 over.
        let s = state(p, labs: [(3, 14), (3, 9), (5, 14)])
        #expect(s.hard == 2)
        #expect(UnaryHarness.schedule(s, checkedAgainst: programme).cost.hard == 2)
    }

    @Test func incrementalEqualsFromScratch() throws {
        let p = try ProblemCompiler.compile(programme(sameDay: true, minGapDays: 1, maxGapDays: 3))
        for walk in [IncrementalHarness.walk(Precedence.self, problem: p), IncrementalHarness.walk(SameDay.self, problem: p)] {
            #expect(walk.mismatches == 0)
            #expect(walk.nonZero > 0)
        }
    }

    @Test func plainWords() {
        let programme = programme(sameDay: false, minGapDays: 1, maxGapDays: 3)
        #expect(PlainWords(programme: programme).rule(programme.rules[0])
            == "each occurrence of 'Lab' must follow the same occurrence of 'Lecture', at least 1 day later, at most 3 days later")
    }
}
