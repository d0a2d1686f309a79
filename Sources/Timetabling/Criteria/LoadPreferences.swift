/// Soft: the `load_limit` preferences — as ``LoadLimits``, each unit over a bound costing the
/// preference's weight (see ``LoadTally``).
struct LoadPreferences: IncrementalConstraint {
    static let name = "load limit preference"
    static let isHard = false
    static let dependsOnRooms = true
    static let canBeInactive = true
    static func isActive(in problem: Problem) -> Bool { problem.loadLimits.contains { !$0.isHard } }

    private var tally: LoadTally

    init(problem: Problem) { tally = LoadTally(problem: problem, hard: false) }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { tally.change(e, by: 1, placement, problem) }
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { tally.change(e, by: -1, placement, problem) }

    static func cost(of placement: Placement, problem: Problem) -> Int { LoadTally.cost(of: placement, problem: problem, hard: false) }
}
