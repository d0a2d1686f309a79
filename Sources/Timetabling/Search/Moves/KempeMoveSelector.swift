/// Kempe-chain moves between two starts (``KempeChain``).
struct KempeMoveSelector: MoveSelector {
    static let name = "Kempe chain"
    static let isJudgedOnHardOnly = false
    private var chain: KempeChain

    init(problem: Problem, tuning: SolverOptions.Tuning) {
        chain = KempeChain(problem: problem)
        chain.limit = tuning.kempeChainLimit
    }

    @inline(__always)
    mutating func apply(
        _ state: inout SearchState, pickers: MovePickers, rng: inout SeededGenerator, hardWeight: Int, threshold: Double
    ) -> (hard: Int, soft: Int)? {
        let e = pickers.event(&rng)
        let candidates = state.problem.candidateCount(of: e)
        guard candidates > 1, chain.build(e, to: rng.below(candidates), state: state, rng: &rng) else { return nil }
        return chain.apply(to: &state)
    }

    @inline(__always)
    mutating func undo(_ state: inout SearchState) { chain.revert(&state) }

    @inline(__always)
    func forEachPrevious(_ body: (Move.Position) -> Void) { chain.previous.forEach(body) }
}
