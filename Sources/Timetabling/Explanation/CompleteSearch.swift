/// A complete, node-limited search for a schedule: depth first over the events' starts (fewest
/// remaining first, earliest start first) with ``DomainPropagation`` at every node, and a full
/// check of the hard constraints (rooms and pool trainers chosen greedily) at every leaf. A leaf
/// whose greedy choice fails while some event had another room or trainer to try is unknown, not
/// impossible, so `.none` is a proof.
///
/// Backs the annealer in ``FeasibilityOracle`` on tight programmes, where a short local search
/// may miss the few schedules there are.
struct CompleteSearch {
    let problem: Problem
    let nodeLimit: Int
    /// Wall-clock limit (explanations): past it the search answers `.unknown`.
    var deadline: ContinuousClock.Instant?
    private(set) var nodes = 0

    enum Verdict { case schedule, none, unknown }

    init(problem: Problem, nodeLimit: Int) {
        self.problem = problem
        self.nodeLimit = nodeLimit
    }

    mutating func run() -> Verdict {
        var root = DomainPropagation(problem: problem)
        if root.provesInfeasible() { return .none }
        return explore(root)
    }

    private mutating func explore(_ node: DomainPropagation) -> Verdict {
        nodes += 1
        if nodes > nodeLimit || (nodes & 63 == 0 && deadline.map { ContinuousClock.now >= $0 } == true) { return .unknown }
        var branch = -1, size = Int.max
        for e in 0..<problem.eventCount {
            let count = node.remaining(e).count
            if count > 1, count < size { branch = e; size = count }
        }
        if branch < 0 { return leaf(node) }
        var sawUnknown = false
        for c in node.remaining(branch) {
            var child = node
            child.assign(branch, to: c)
            if child.provesInfeasible() { continue }
            switch explore(child) {
            case .schedule: return .schedule
            case .unknown:
                sawUnknown = true
                if nodes > nodeLimit { return .unknown }
            case .none: break
            }
        }
        return sawUnknown ? .unknown : .none
    }

    /// Places every event at its only start, each with the first room and trainer that add no hard
    /// violation: `.schedule` when nothing is violated, `.none` when it fails and no event had a
    /// second room or trainer, `.unknown` otherwise.
    private func leaf(_ node: DomainPropagation) -> Verdict {
        var state = SearchState(problem: problem)
        var hadChoice = false
        for e in 0..<problem.eventCount {
            guard let c = node.remaining(e).first else { return .none }
            let slots = problem.roomCandidateCount(of: e) > 0 ? Array(0..<problem.roomCandidateCount(of: e)) : [-1]
            let options = slots.flatMap { s in (0..<Int(problem.choiceWidth[e])).map { (s, $0) } }
                .filter { state.isUsable(e, cand: c, slot: $0.0) && state.isAllowed(e, cand: c, choice: $0.1) }
            guard !options.isEmpty else { return .none }
            if options.count > 1 { hadChoice = true }
            var placed = false
            for (s, k) in options {
                let before = state.hard
                _ = state.place(e, cand: c, slot: s, choice: k)
                if state.hard <= before { placed = true; break }
                _ = state.unplace(e)
            }
            if !placed { _ = state.place(e, cand: c, slot: options[0].0, choice: options[0].1) }
        }
        return state.hard == 0 ? .schedule : (hadChoice ? .unknown : .none)
    }
}
