/// One kind of move of the local search: draws a move, applies it to the state, undoes it on
/// request. The local search holds one selector per kind and draws the kind (``LocalSearchPhase``).
protocol MoveSelector {
    /// The kind's name in score audits.
    static var name: String { get }
    /// Whether an applied move is judged on its hard cost alone (kept unless it adds a hard
    /// violation) rather than by the acceptor.
    static var isJudgedOnHardOnly: Bool { get }
    /// Draws a move and applies it; returns its cost change, or nil when no move was drawn or it
    /// was rejected before being applied (the state is then unchanged). `hardWeight` and
    /// `threshold` are the acceptor's, for selectors that reject a move before applying it.
    mutating func apply(
        _ state: inout SearchState, pickers: MovePickers, rng: inout SeededGenerator, hardWeight: Int, threshold: Double
    ) -> (hard: Int, soft: Int)?
    /// Undoes the move last applied.
    mutating func undo(_ state: inout SearchState)
    /// Calls `body` with the position, before the move last applied, of each event it changed.
    func forEachPrevious(_ body: (Move.Position) -> Void)
}
