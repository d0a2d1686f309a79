/// A fixed list of planted programmes of every shape, size and slack, for `cursus bench --planted`
/// and the tests: programme `i` cycles through the shapes, then the slacks, then the sizes, with
/// seed `i + 1`, so the first `n` of the list are the same on every machine.
public enum PlantedSuite {
    /// Sizes (occurrences) the suite cycles through.
    public static let sizes = [15, 30, 60, 120, 250, 500, 1000, 3000]

    /// The first `count` generators of the suite.
    public static func generators(count: Int) -> [PlantedGenerator] {
        let shapes = PlantedShape.allCases, slacks = PlantedSlack.allCases
        return (0..<max(0, count)).map { i in
            PlantedGenerator(
                shape: shapes[i % shapes.count], occurrences: sizes[(i / (shapes.count * slacks.count)) % sizes.count],
                slack: slacks[(i / shapes.count) % slacks.count], seed: UInt64(i + 1))
        }
    }
}
