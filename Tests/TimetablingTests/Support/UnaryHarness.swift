import Curriculum
@testable import Timetabling

/// Checks the unary rules (candidate filters and unary cost tables) against the independent checker.
enum UnaryHarness {
    /// The schedule of `state` as the decoder publishes it, checked against `programme`.
    static func schedule(_ state: SearchState, checkedAgainst programme: Programme) -> Schedule {
        let result = SolveResult(
            assignment: Assignment(state.placement), hard: state.hard, soft: state.soft, iterations: 0, timeToFeasible: nil,
            elapsed: .zero, movesPerSecond: 0)
        return ScheduleDecoder.decode(result, problem: state.problem, programme: programme, published: "2024-01-01T00:00:00Z", seed: 1)
    }

    /// The checker's cost of rule `rule` (e.g. `pin`, `early`) in `schedule`, of the penalties
    /// `matching` picks when given.
    static func cost(of rule: String, in schedule: Schedule, matching: (Penalty) -> Bool = { _ in true }) -> Int {
        schedule.cost.penalties.filter { $0.rule == rule && matching($0) }.reduce(0) { $0 + $1.cost }
    }

    /// The candidate starts of event `e`, as (day, start time), in candidate order.
    static func starts(_ problem: Problem, _ e: Int) -> [(day: Int, time: TimeOfDay)] {
        (0..<problem.candidateCount(of: e)).map { c in
            let period = problem.periods[Int(problem.candPeriod[Int(problem.candOffsets[e]) + c])]
            return (period.day, period.start)
        }
    }

    /// The unary soft cost table entry of event `e` at `period` with pool choice `choice`.
    static func startCost(_ problem: Problem, _ e: Int, at period: Int, choice: Int = 0) -> Int {
        let c = Int(problem.candidateAt[e * problem.periodCount + period])
        return Int(problem.choiceCost[Int(problem.choiceBase[e]) + c * Int(problem.choiceWidth[e]) + choice])
    }

    struct Walk {
        /// Steps where the incremental hard or soft cost differs from ``SearchState/recomputed()``.
        var mismatches = 0
        /// Steps where the checker's soft cost differs from the incremental soft cost.
        var softDisagreements = 0
        /// Steps where the checker reports the rule under test (non-zero cost).
        var ruleSteps = 0
        /// Steps where the checker's cost of the rule differs from the incremental soft cost.
        var ruleDisagreements = 0
    }

    /// Places, moves (re-places), changes the room of and removes events of `problem` at random, with random rooms and
    /// pool choices among those allowed; after every step compares the incremental cost with the
    /// recomputed one and with the checker's verdict on the decoded schedule against `programme`.
    static func walk(
        _ problem: Problem, checkedAgainst programme: Programme, rule: String, matching: (Penalty) -> Bool = { _ in true },
        steps: Int = 300, seed: UInt64 = 7
    ) -> Walk {
        walk(problem, checkedAgainst: programme, counting: { $0.rule == rule && matching($0) }, steps: steps, seed: seed)
    }

    /// ``walk(_:checkedAgainst:rule:matching:steps:seed:)`` for the penalties `counting` picks, of any rule.
    static func walk(
        _ problem: Problem, checkedAgainst programme: Programme, counting: (Penalty) -> Bool, steps: Int = 300, seed: UInt64 = 7
    ) -> Walk {
        var state = SearchState(problem: problem)
        var rng = SeededGenerator(seed: seed)
        var walk = Walk()
        for _ in 0..<steps {
            let e = rng.below(problem.eventCount)
            let rooms = problem.roomCandidateCount(of: e)
            if state.placement.isPlaced(e), rng.below(5) == 0 {
                state.unplace(e)
            } else if state.placement.isPlaced(e), rooms > 0, rng.below(4) == 0 {
                let c = Int(state.placement.cand[e])
                let slots = (0..<rooms).filter { state.isUsable(e, cand: c, slot: $0) }
                state.changeRoom(e, slot: slots[rng.below(slots.count)])
            } else {
                let c = rng.below(problem.candidateCount(of: e))
                let slots = rooms == 0 ? [-1] : (0..<rooms).filter { state.isUsable(e, cand: c, slot: $0) }
                let choices = (0..<Int(problem.choiceWidth[e])).filter { state.isAllowed(e, cand: c, choice: $0) }
                guard !slots.isEmpty, !choices.isEmpty else { continue }
                let period = Int(problem.candPeriod[Int(problem.candOffsets[e]) + c])
                state.put(e, at: period, slot: slots[rng.below(slots.count)], choice: choices[rng.below(choices.count)])
            }
            let fresh = state.recomputed()
            if fresh.hard != state.hard || fresh.soft != state.soft { walk.mismatches += 1 }
            let schedule = schedule(state, checkedAgainst: programme)
            if schedule.cost.soft != state.soft { walk.softDisagreements += 1 }
            let ruleCost = schedule.cost.penalties.filter(counting).reduce(0) { $0 + $1.cost }
            if ruleCost != 0 { walk.ruleSteps += 1 }
            if ruleCost != state.soft { walk.ruleDisagreements += 1 }
        }
        return walk
    }
}

extension UnaryHarness {
    /// A source location on line `line` of `unary.yaml`.
    static func at(_ line: Int) -> SourceLocation { SourceLocation(file: "unary.yaml", line: line, column: 3) }

    /// The failure of compiling `programme`, nil when it compiles.
    static func failure(_ programme: Programme) -> CompileFailure? {
        do { _ = try ProblemCompiler.compile(programme); return nil } catch { return error }
    }

    /// Event `e` of `problem` placed alone at `period` (first usable room, pool choice `choice`),
    /// decoded and checked against `programme`.
    static func placed(_ problem: Problem, _ e: Int = 0, at period: Int, choice: Int = 0, checkedAgainst programme: Programme) -> Schedule {
        var state = SearchState(problem: problem)
        state.put(e, at: period, choice: choice)
        return schedule(state, checkedAgainst: programme)
    }
}
