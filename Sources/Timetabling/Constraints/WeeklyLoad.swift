/// Hard: a cohort is taught at least / at most N opening windows (half-days) per ISO week.
///
/// A window counts once however many events of the cohort touch it. The minimum of a week is
/// capped by the windows the cohort has left that week (``CohortLoad/capacity``: its rhythm,
/// stays, travel days and closures applied), so a week shortened by a holiday or a travel day asks
/// for what it has. One violation per window above or below.
/// - Complexity: O(periods of the event) per add/remove.
struct WeeklyLoad: IncrementalConstraint {
    static let name = "weekly load"
    static let isHard = true
    static let dependsOnRooms = false

    private var loadOfCohort: [Int32]
    private var windowCount: [Int32]
    private var weekLoad: [Int32]
    private let windows: Int
    private let weeks: Int

    init(problem: Problem) {
        windows = problem.windows.count
        weeks = problem.weekCount
        loadOfCohort = Array(repeating: -1, count: problem.cohortCount)
        for (i, load) in problem.weeklyLoads.enumerated() { loadOfCohort[Int(load.cohort)] = Int32(i) }
        windowCount = Array(repeating: 0, count: problem.weeklyLoads.count * windows)
        weekLoad = Array(repeating: 0, count: problem.weeklyLoads.count * weeks)
    }

    static func violation(load: Int, week: Int, _ bounds: CohortLoad, _ problem: Problem) -> Int {
        let minimum = min(Int(bounds.minimum), Int(bounds.capacity[week]))
        return max(0, load - Int(bounds.maximum)) + max(0, minimum - load)
    }

    /// The distinct windows touched by a placed event, in order.
    @inline(__always)
    static func forEachWindow(_ e: Int, _ placement: Placement, _ problem: Problem, _ body: (Int) -> Void) {
        var previous: Int32 = -1
        for p in Int(placement.start[e])...placement.last(e) where problem.periodWindow[p] != previous {
            previous = problem.periodWindow[p]
            body(Int(previous))
        }
    }

    private mutating func change(_ e: Int, by step: Int32, _ placement: Placement, _ problem: Problem) -> Int {
        guard !problem.weeklyLoads.isEmpty else { return 0 }
        var delta = 0
        for i in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) {
            let l = Int(loadOfCohort[Int(problem.eventCohorts[i])])
            guard l >= 0 else { continue }
            let bounds = problem.weeklyLoads[l]
            WeeklyLoad.forEachWindow(e, placement, problem) { w in
                let before = windowCount[l * windows + w]
                windowCount[l * windows + w] += step
                let now = windowCount[l * windows + w]
                guard (before == 0) != (now == 0) else { return }
                let week = Int(problem.periodWeek[problem.windows[w].firstPeriod])
                let old = Int(weekLoad[l * weeks + week])
                weekLoad[l * weeks + week] += step
                delta += WeeklyLoad.violation(load: old + Int(step), week: week, bounds, problem)
                    - WeeklyLoad.violation(load: old, week: week, bounds, problem)
            }
        }
        return delta
    }

    /// The cost of the empty placement (minimums not met), the base of the incremental total.
    static func baseCost(_ problem: Problem) -> Int {
        problem.weeklyLoads.reduce(0) { total, bounds in
            total + (0..<problem.weekCount).reduce(0) { $0 + violation(load: 0, week: $1, bounds, problem) }
        }
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { change(e, by: 1, placement, problem) }
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { change(e, by: -1, placement, problem) }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        var total = 0
        for bounds in problem.weeklyLoads {
            var touched = Set<Int>()
            for e in 0..<problem.eventCount where placement.isPlaced(e) {
                let cohorts = problem.eventCohorts[Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1])]
                guard cohorts.contains(bounds.cohort) else { continue }
                forEachWindow(e, placement, problem) { touched.insert($0) }
            }
            for week in 0..<problem.weekCount {
                let load = touched.filter { Int(problem.periodWeek[problem.windows[$0].firstPeriod]) == week }.count
                total += violation(load: load, week: week, bounds, problem)
            }
        }
        return total
    }
}
