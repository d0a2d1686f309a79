import Curriculum
@testable import Timetabling

/// Small programmes built in code, and helpers to place events by date and time.
enum Fixtures {
    static let monday = LocalDate(year: 2024, month: 1, day: 8)

    /// One week (Monday 8 to Friday 12 January 2024) at one venue, 09:00–12:30 and 14:00–17:30, 30-minute grain.
    static func calendar(days: Int = 5, grain: Grain = .minutes(30)) -> ProgrammeCalendar {
        ProgrammeCalendar(
            start: monday, end: monday.adding(days: days - 1), grain: grain,
            windows: [
                TimeWindow(name: "morning", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 12, minute: 30)),
                TimeWindow(name: "afternoon", start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 17, minute: 30)),
            ])
    }

    static let venue = Venue(id: "paris", name: "Paris", country: .france, timezone: "Europe/Paris")

    static func programme(
        days: Int = 5, grain: Grain = .minutes(30), rooms: [Room] = [Room(id: "a", name: "A", venue: "paris", capacity: 20)],
        trainers: [Trainer] = [Trainer(id: "t1", name: "Trainer One"), Trainer(id: "t2", name: "Trainer Two")],
        cohorts: [Cohort] = [Cohort(id: "c1", name: "Cohort One", size: 12)], modules: [Module] = [],
        sessions: [Session], rules: [Rule] = [], preferences: [Preference] = []
    ) -> Programme {
        Programme(
            id: "test", title: "Test", calendar: calendar(days: days, grain: grain), venues: [venue], rooms: rooms,
            trainers: trainers, cohorts: cohorts, modules: modules, sessions: sessions, rules: rules, preferences: preferences)
    }

    /// The period starting at `hour:minute` on the `day`-th date (0-based).
    static func period(_ problem: Problem, day: Int, _ hour: Int, _ minute: Int = 0) -> Int {
        problem.periods.firstIndex { $0.day == day && $0.start == TimeOfDay(hour: hour, minute: minute) }!
    }

    /// Events of a session, by occurrence.
    static func events(_ problem: Problem, _ session: String) -> [Int] {
        let s = problem.sessionIDs.firstIndex(of: session)!
        return (0..<problem.eventCount).filter { Int(problem.eventSession[$0]) == s }
    }
}

extension SearchState {
    /// Places event `e` at `period` in its first usable room (or `room` slot), first allowed pool choice.
    mutating func put(_ e: Int, at period: Int, slot: Int? = nil, choice: Int = 0) {
        let c = Int(problem.candidateAt[e * problem.periodCount + period])
        precondition(c >= 0, "period \(period) is no candidate start of event \(e)")
        let rooms = problem.roomCandidateCount(of: e)
        let s = slot ?? (rooms == 0 ? -1 : (0..<rooms).first { isUsable(e, cand: c, slot: $0) }!)
        if placement.isPlaced(e) { unplace(e) }
        place(e, cand: c, slot: s, choice: choice)
    }
}

/// Random walks that check an incremental constraint against its from-scratch cost.
enum IncrementalHarness {
    /// Places, moves and removes events at random; after every step the sum of the deltas must equal
    /// the from-scratch cost. Returns the number of steps where they differ (0 expected) and the
    /// number of steps where the cost was non-zero (to show the walk exercised the constraint).
    static func walk<C: IncrementalConstraint>(_ type: C.Type, problem: Problem, steps: Int = 2_000, seed: UInt64 = 7) -> (mismatches: Int, nonZero: Int) {
        var constraint = C(problem: problem)
        var placement = Placement(eventCount: problem.eventCount)
        var total = C.cost(of: placement, problem: problem)
        var rng = SeededGenerator(seed: seed)
        var mismatches = 0, nonZero = 0
        let state = SearchState(problem: problem)
        for _ in 0..<steps {
            let e = rng.below(problem.eventCount)
            if placement.isPlaced(e) {
                total += constraint.remove(e, placement, problem)
                placement.clear(e)
            }
            if rng.below(5) > 0 {
                let c = rng.below(problem.candidateCount(of: e))
                let rooms = problem.roomCandidateCount(of: e)
                let usable = rooms == 0 ? [-1] : (0..<rooms).filter { state.isUsable(e, cand: c, slot: $0) }
                guard let s = usable.isEmpty ? nil : usable[rng.below(usable.count)] else { continue }
                let k = rng.below(Int(problem.choiceWidth[e]))
                placement.set(e, cand: c, slot: s, choice: k, problem: problem)
                total += constraint.add(e, placement, problem)
            }
            let fresh = C.cost(of: placement, problem: problem)
            if fresh != total { mismatches += 1 }
            if fresh != 0 { nonZero += 1 }
        }
        return (mismatches, nonZero)
    }
}
