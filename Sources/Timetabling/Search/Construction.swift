/// Builds a first placement: a bounded ``TreeSearch`` (complete on tight programmes), then, while
/// it has not completed, randomised restarts of it with growing budgets (``LubySequence`` times
/// the first budget, values in a seeded random order); when the restarts are spent too, most
/// constrained event first, each at its cheapest (start, room, trainer); then min-conflicts repair
/// (move a conflicting event to its least-conflicting position) until no hard violation is left
/// or the repair budget is spent.
///
/// Randomised restarts against the heavy tails of backtracking search follow Gomes, Selman and
/// Kautz, "Boosting combinatorial search through randomization" (AAAI 1998).
struct Construction {
    /// Run the tree search first (off: greedy construction only).
    var usesTreeSearch = true
    /// Largest programme (in events) given to the tree search: its live domains and trail grow with
    /// events × candidates, and on large programmes its budget runs out before it completes anyway.
    var treeSearchEventLimit = 300
    /// Randomised restarts of the tree search after the first one (0: none); only on programmes
    /// with structure (``hasStructure(_:)``).
    var treeSearchRestarts = 0
    /// Options evaluated per event (all when the domain is smaller, else a seeded sample).
    var optionLimit = 2_000
    /// Hard violations are worth this much soft cost while constructing.
    var hardWeight = 10_000

    /// Places every event of `state`; `shouldStop` (checked between restarts and inside them)
    /// ends the restarts early.
    func build(_ state: inout SearchState, rng: inout SeededGenerator, shouldStop: @escaping @Sendable () -> Bool = { false }) {
        let problem = state.problem
        if usesTreeSearch, problem.eventCount <= treeSearchEventLimit {
            var tree = TreeSearch(problem: problem)
            let nodes = tree.nodeBudget, checks = tree.checkBudget
            tree.stopsWhen = shouldStop
            let structured = Self.hasStructure(problem)
            var deepest: [Move.Position] = []
            var completed = false
            for restart in 0...(structured ? treeSearchRestarts : 0) {
                if restart > 0 {
                    if shouldStop() { break }
                    let scale = LubySequence.term(restart)
                    tree.nodeBudget = nodes * scale
                    tree.checkBudget = checks * scale
                    tree.optimise = false
                    tree.shuffleSeed = rng.next()
                }
                let outcome = tree.run()
                let placed = outcome.positions.filter { $0.cand >= 0 }
                if outcome.isComplete || placed.count > deepest.count { deepest = placed }
                completed = outcome.isComplete
                if outcome.isComplete || outcome.isExhausted { break }
            }
            // A complete placement, or on a structured programme the deepest placement the
            // propagation accepted; the greedy construction places the rest. (Without structure a
            // partial tree placement is a worse start than greedy from nothing: ITC-2007 comp05 at
            // 2 M moves stays at hard 2 on seeds 1–3 from it, and reaches hard 0 on seeds 1 and 3 without.)
            for position in deepest where completed || structured {
                state.place(Int(position.event), cand: Int(position.cand), slot: Int(position.slot), choice: Int(position.choice))
            }
        }
        let order = (0..<problem.eventCount).sorted { a, b in
            let ka = domainSize(a, problem), kb = domainSize(b, problem)
            if ka != kb { return ka < kb }
            let da = degree(a, problem), db = degree(b, problem)
            return da != db ? da > db : a < b
        }
        for e in order where !state.placement.isPlaced(e) {
            if let best = bestPosition(e, state: &state, rng: &rng, limit: optionLimit)
                ?? bestPosition(e, state: &state, rng: &rng, limit: .max) {
                state.place(e, cand: Int(best.cand), slot: Int(best.slot), choice: Int(best.choice))
            }
        }
    }

    /// Min-conflicts repair; returns the moves tried.
    func repair(_ state: inout SearchState, rng: inout SeededGenerator, budget: Int, shouldStop: () -> Bool) -> Int {
        let n = state.problem.eventCount
        guard n > 0 else { return 0 }
        var tries = 0
        while state.hard > 0, tries < budget {
            tries += 1
            if tries & 1023 == 0, shouldStop() { break }
            let e = rng.below(n)
            let current = state.position(of: e)
            let removed = state.unplace(e)
            if removed.hard >= 0 {
                state.place(e, cand: Int(current.cand), slot: Int(current.slot), choice: Int(current.choice))
                continue
            }
            let best = bestPosition(e, state: &state, rng: &rng, limit: 100) ?? current
            state.place(e, cand: Int(best.cand), slot: Int(best.slot), choice: Int(best.choice))
        }
        return tries
    }

    /// Whether the programme holds rules that tie events together in time (order, same day, module
    /// weeks, weekly loads): only there do restarts and a partial tree placement help, because the
    /// local search hardly repairs such structure; elsewhere (ITC-2007 has none) they only cost time.
    static func hasStructure(_ problem: Problem) -> Bool {
        !problem.arcs.isEmpty || !problem.sameDayGroups.isEmpty || !problem.moduleGroups.isEmpty || !problem.weeklyLoads.isEmpty
    }

    func domainSize(_ e: Int, _ problem: Problem) -> Int {
        problem.candidateCount(of: e) * max(1, problem.roomCandidateCount(of: e))
    }

    func degree(_ e: Int, _ problem: Problem) -> Int {
        Int(problem.fixedOffsets[e + 1] - problem.fixedOffsets[e]) + Int(problem.arcOffsets[e + 1] - problem.arcOffsets[e])
    }

    /// The cheapest position of unplaced event `e` among all options or `limit` sampled ones; ties at random.
    func bestPosition(_ e: Int, state: inout SearchState, rng: inout SeededGenerator, limit: Int) -> Move.Position? {
        let problem = state.problem
        let candidates = problem.candidateCount(of: e)
        let rooms = problem.roomCandidateCount(of: e)
        let width = Int(problem.choiceWidth[e])
        let total = candidates * max(1, rooms) * width
        var best: Move.Position?
        var bestCost = Int.max
        var ties = 0
        func consider(_ c: Int, _ s: Int, _ k: Int) {
            guard state.isUsable(e, cand: c, slot: s), state.isAllowed(e, cand: c, choice: k) else { return }
            let d = state.place(e, cand: c, slot: s, choice: k)
            state.unplace(e)
            let cost = d.hard * hardWeight + d.soft
            if cost < bestCost {
                bestCost = cost
                best = Move.Position(event: Int32(e), cand: Int32(c), slot: Int32(s), choice: Int32(k))
                ties = 1
            } else if cost == bestCost {
                ties += 1
                if rng.below(ties) == 0 { best = Move.Position(event: Int32(e), cand: Int32(c), slot: Int32(s), choice: Int32(k)) }
            }
        }
        if total <= limit {
            for c in 0..<candidates {
                for s in (rooms == 0 ? -1..<0 : 0..<rooms) {
                    for k in 0..<width { consider(c, s, k) }
                }
            }
        } else {
            for _ in 0..<limit {
                consider(rng.below(candidates), rooms == 0 ? -1 : rng.below(rooms), rng.below(width))
            }
        }
        return best
    }
}
