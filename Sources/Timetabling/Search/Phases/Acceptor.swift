/// Decides whether the local search keeps an applied move, and how that decision changes over the
/// search (its schedule).
protocol Acceptor {
    /// The weight of one hard violation against soft cost, now.
    var hardWeight: Int { get }
    /// The current temperature, for progress reports (0 for an acceptor without one).
    var temperature: Double { get }
    /// Moves the schedule on; called every 1 024 moves with the moves made, the time spent and
    /// the current hard cost.
    mutating func update(iterations: Int, elapsed: Duration, currentHard: Int)
    /// Draws the threshold of the next move: it is kept when its weighted cost change is at most this.
    func threshold(_ rng: inout SeededGenerator) -> Double
    /// Whether a move of cost change (`hard`, `soft`) is kept under `threshold`; a move judged on
    /// hard violations alone is kept unless it adds one.
    func accepts(hard: Int, soft: Int, threshold: Double, onHardOnly: Bool) -> Bool
}
