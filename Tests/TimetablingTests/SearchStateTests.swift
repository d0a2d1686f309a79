import Benchmarks
import Curriculum
import Testing
@testable import Timetabling

@Suite struct SearchStateTests {
    /// Events in room `r` over period `p`, by scanning the placement.
    static func holders(_ state: SearchState, room r: Int, period p: Int) -> [Int] {
        (0..<state.problem.eventCount).filter {
            state.placement.isPlaced($0) && Int(state.placement.room[$0]) == r
                && Int(state.placement.start[$0]) <= p && p <= state.placement.last($0)
        }
    }

    @Test func occupantIsAnEventInTheRoomWheneverOneIs() throws {
        let problem = try ProblemCompiler.compile(ProgrammeGenerator(occurrences: 40, trainers: 3, rooms: 2, cohorts: 2, seed: 3).generate())
        var state = SearchState(problem: problem)
        var rng = SeededGenerator(seed: 4)
        var shared = 0
        for step in 0..<1_500 {
            let e = rng.below(problem.eventCount)
            let rooms = problem.roomCandidateCount(of: e)
            if state.placement.isPlaced(e), rng.below(3) == 0 {
                let s = rng.below(rooms)
                if state.isUsable(e, cand: Int(state.placement.cand[e]), slot: s) { state.changeRoom(e, slot: s) }
            } else {
                if state.placement.isPlaced(e) { state.unplace(e) }
                let c = rng.below(problem.candidateCount(of: e))
                if rng.below(4) > 0, let s = (0..<rooms).first(where: { state.isUsable(e, cand: c, slot: $0) }) {
                    state.place(e, cand: c, slot: s, choice: 0)
                }
            }
            guard step % 50 == 0 else { continue }
            for r in 0..<problem.roomCount {
                for p in 0..<problem.periodCount {
                    let holders = Self.holders(state, room: r, period: p)
                    let f = state.occupant(room: r, period: p)
                    #expect(f.map { holders.contains($0) } ?? holders.isEmpty)
                    if holders.count > 1 { shared += 1 }
                }
            }
        }
        #expect(shared > 0)
    }

    @Test func freeStartsAreThoseWhereNoOtherEventSharesATrainerOrCohort() throws {
        let problem = try ProblemCompiler.compile(ProgrammeGenerator(occurrences: 40, trainers: 3, rooms: 2, cohorts: 2, seed: 3).generate())
        var state = SearchState(problem: problem)
        var rng = SeededGenerator(seed: 1)
        for e in 0..<problem.eventCount { state.place(e, cand: rng.below(problem.candidateCount(of: e)), slot: 0, choice: 0) }
        func resources(_ e: Int) -> Set<Int32> {
            var set = Set(problem.fixedResources[Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1])])
            if state.placement.trainer[e] >= 0 { set.insert(state.placement.trainer[e]) }
            return set
        }
        var free = 0, busy = 0
        for _ in 0..<500 {
            let e = rng.below(problem.eventCount)
            let c = rng.below(problem.candidateCount(of: e))
            let index = Int(problem.candOffsets[e]) + c
            let start = Int(problem.candPeriod[index]), end = start + Int(problem.candLength[index])
            let clashes = (0..<problem.eventCount).contains { f in
                f != e && Int(state.placement.start[f]) < end && start <= state.placement.last(f) && !resources(e).isDisjoint(with: resources(f))
            }
            #expect(state.isFree(e, cand: c) == !clashes)
            if clashes { busy += 1 } else { free += 1 }
        }
        #expect(free > 0 && busy > 0)
    }
}
