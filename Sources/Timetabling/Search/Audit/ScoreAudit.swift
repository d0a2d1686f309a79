/// The score audit: after a kept move, every rule's incremental cost against its recount from
/// scratch (``SolverOptions/checksIncrementalCost``, always on with `-D CURSUS_INTERNAL_CHECKS`).
enum ScoreAudit {
    /// The disagreements after the move `selector` made last, or nil when every rule agrees.
    /// - Complexity: a recount of every rule, O(events × rules); for tests and checking builds.
    static func check<S: MoveSelector>(_ state: SearchState, thread: Int, iteration: Int, after selector: S) -> ScoreCorruption? {
        let rows = state.audit()
        var disagreements = rows.filter { $0.incremental != $0.recounted }
        let recounted = rows.reduce(into: (hard: 0, soft: 0)) { total, rule in
            if rule.isHard { total.hard += rule.recounted } else { total.soft += rule.recounted }
        }
        if state.hard != recounted.hard {
            disagreements.append(.init(name: "total hard", isHard: true, incremental: state.hard, recounted: recounted.hard))
        }
        if state.soft != recounted.soft {
            disagreements.append(.init(name: "total soft", isHard: false, incremental: state.soft, recounted: recounted.soft))
        }
        guard !disagreements.isEmpty else { return nil }
        let problem = state.problem
        var moved: [ScoreCorruption.MovedEvent] = []
        selector.forEachPrevious { before in
            let e = Int(before.event)
            func position(cand: Int32, slot: Int32) -> (period: Int?, room: String?) {
                guard cand >= 0 else { return (nil, nil) }
                let period = Int(problem.candPeriod[Int(problem.candOffsets[e]) + Int(cand)])
                let room = slot >= 0 ? problem.roomIDs[Int(problem.roomList[Int(problem.roomOffsets[e]) + Int(slot)])] : nil
                return (period, room)
            }
            moved.append(.init(
                session: problem.sessionIDs[Int(problem.eventSession[e])], occurrence: Int(problem.eventOccurrence[e]),
                from: position(cand: before.cand, slot: before.slot),
                to: position(cand: state.placement.cand[e], slot: state.placement.slot[e])))
        }
        return ScoreCorruption(thread: thread, iteration: iteration, move: S.name, moved: moved, disagreements: disagreements)
    }
}
