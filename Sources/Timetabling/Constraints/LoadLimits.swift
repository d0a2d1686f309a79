/// Hard: the `load_limit` rules — most teaching per date (minutes or half-days), most half-days in
/// a row, most dates per ISO week and in the programme, per trainer, cohort or room (see ``LoadTally``).
struct LoadLimits: IncrementalConstraint {
    static let name = "load limit"
    static let isHard = true
    static let dependsOnRooms = true
    static let canBeInactive = true
    static func isActive(in problem: Problem) -> Bool { problem.loadLimits.contains { $0.isHard } }

    private var tally: LoadTally

    init(problem: Problem) { tally = LoadTally(problem: problem, hard: true) }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { tally.change(e, by: 1, placement, problem) }
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { tally.change(e, by: -1, placement, problem) }

    static func cost(of placement: Placement, problem: Problem) -> Int { LoadTally.cost(of: placement, problem: problem, hard: true) }
}
