/// A soft unary rule of one event: what each candidate start costs, filled into the
/// per-(start, pool choice) table `Problem.choiceCost` by the compiler.
protocol StartCost {
    /// The cost of occupying the `length` periods from period `start` (0 when satisfied).
    func cost(start: Int, length: Int) -> Int
}
