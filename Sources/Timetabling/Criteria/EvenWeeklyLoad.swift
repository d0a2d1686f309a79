/// Soft: a cohort's half-days (opening windows) spread evenly over the ISO weeks. Its average is
/// the half-days it is taught in all, divided by the weeks in which it has an open window, rounded
/// up; each half-day above that average in a week costs the cohort's weight. A window counts once
/// however many events of the cohort touch it (counted like ``WeeklyLoad``).
///
/// State: per (cohort, window) and (cohort, week) counts, the cohort's total and current cost.
/// - Complexity: O(windows of the event) per add/remove while the average holds; O(weeks) for a
///   cohort whose average changes (once every `weeks` half-days at most).
struct EvenWeeklyLoad: IncrementalConstraint {
    static let name = "even weekly load"
    static let isHard = false
    static let dependsOnRooms = false

    private var windowCount: [Int32]
    private var weekLoad: [Int32]
    private var total: [Int32]
    private var cost: [Int]
    private let windows: Int
    private let weeks: Int

    init(problem: Problem) {
        let active = problem.evenLoadWeight.contains { $0 > 0 }
        let cohorts = active ? problem.cohortCount : 0
        windows = problem.windows.count
        weeks = problem.weekCount
        windowCount = Array(repeating: 0, count: cohorts * windows)
        weekLoad = Array(repeating: 0, count: cohorts * weeks)
        total = Array(repeating: 0, count: cohorts)
        cost = Array(repeating: 0, count: cohorts)
    }

    /// The average of `total` half-days over `openWeeks` weeks, rounded up (0 without open weeks).
    static func average(total: Int, openWeeks: Int) -> Int {
        openWeeks > 0 ? (total + openWeeks - 1) / openWeeks : 0
    }

    /// The unweighted excess of one cohort from its week loads.
    private func excess(_ c: Int, average: Int) -> Int {
        (0..<weeks).reduce(0) { $0 + max(0, Int(weekLoad[c * weeks + $1]) - average) }
    }

    private mutating func change(_ e: Int, by step: Int32, _ placement: Placement, _ problem: Problem) -> Int {
        guard !total.isEmpty else { return 0 }
        var delta = 0
        for i in Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]) {
            let c = Int(problem.eventCohorts[i])
            let weight = Int(problem.evenLoadWeight[c])
            guard weight > 0 else { continue }
            let open = Int(problem.evenLoadWeeks[c])
            WeeklyLoad.forEachWindow(e, placement, problem) { w in
                let before = windowCount[c * windows + w]
                windowCount[c * windows + w] += step
                guard (before == 0) != (windowCount[c * windows + w] == 0) else { return }
                let week = c * weeks + Int(problem.periodWeek[problem.windows[w].firstPeriod])
                let oldAverage = EvenWeeklyLoad.average(total: Int(total[c]), openWeeks: open)
                total[c] += step
                let newAverage = EvenWeeklyLoad.average(total: Int(total[c]), openWeeks: open)
                let old = Int(weekLoad[week])
                weekLoad[week] += step
                let now: Int
                if oldAverage == newAverage {
                    now = cost[c] + weight * (max(0, old + Int(step) - newAverage) - max(0, old - newAverage))
                } else {
                    now = weight * excess(c, average: newAverage)
                }
                delta += now - cost[c]
                cost[c] = now
            }
        }
        return delta
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { change(e, by: 1, placement, problem) }
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { change(e, by: -1, placement, problem) }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        var total = 0
        for c in 0..<problem.cohortCount where problem.evenLoadWeight[c] > 0 {
            var touched = Set<Int>()
            for e in 0..<problem.eventCount where placement.isPlaced(e) {
                let cohorts = problem.eventCohorts[Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1])]
                guard cohorts.contains(Int32(c)) else { continue }
                WeeklyLoad.forEachWindow(e, placement, problem) { touched.insert($0) }
            }
            let average = average(total: touched.count, openWeeks: Int(problem.evenLoadWeeks[c]))
            for week in 0..<problem.weekCount {
                let load = touched.filter { Int(problem.periodWeek[problem.windows[$0].firstPeriod]) == week }.count
                total += Int(problem.evenLoadWeight[c]) * max(0, load - average)
            }
        }
        return total
    }
}
