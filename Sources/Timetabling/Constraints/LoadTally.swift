/// The counting behind ``LoadLimits`` (hard) and ``LoadPreferences`` (soft): how much each limited
/// resource teaches per period, half-day, date and ISO week, and the cost of its limits.
///
/// A half-day is a distinct (date, window name) of the grid; half-days follow each other in a row
/// within a date and from one date to the next calendar date (a date without any window breaks the
/// row). Costs, each times the limit's weight: each started hour over a daily minute bound, each
/// half-day over a daily half-day bound, each half-day over the bound in every run, each date over
/// a weekly or programme bound.
/// - Complexity: O(resources of the event × (its periods + limits × run length)) per add/remove.
struct LoadTally: Sendable {
    private let limits: [ResourceLoadLimit]
    /// Tracked slot of each resource id (-1: no limit of this hardness).
    private let slotOfResource: [Int32]
    /// Limit indices of each slot.
    private let limitsOfSlot: [[Int]]
    private let halfDays: HalfDayGrid
    private let P: Int, H: Int, D: Int, W: Int
    private var periodCount: [Int32]
    private var halfDayPeriods: [Int32]
    private var dayMinutes: [Int32]
    private var dayHalfDays: [Int32]
    private var weekDays: [Int32]
    private var totalDays: [Int32]

    init(problem: Problem, hard: Bool) {
        limits = problem.loadLimits.filter { $0.isHard == hard }
        var slots = [Int32](repeating: -1, count: problem.resourceCount)
        var limitsOfSlot: [[Int]] = []
        for (i, limit) in limits.enumerated() {
            let r = Int(limit.resource)
            if slots[r] < 0 {
                slots[r] = Int32(limitsOfSlot.count)
                limitsOfSlot.append([])
            }
            limitsOfSlot[Int(slots[r])].append(i)
        }
        slotOfResource = slots
        self.limitsOfSlot = limitsOfSlot
        halfDays = HalfDayGrid(problem)
        P = problem.periodCount
        H = halfDays.day.count
        D = problem.dayCount
        W = problem.weekCount
        let S = limitsOfSlot.count
        periodCount = Array(repeating: 0, count: S * P)
        halfDayPeriods = Array(repeating: 0, count: S * H)
        dayMinutes = Array(repeating: 0, count: S * D)
        dayHalfDays = Array(repeating: 0, count: S * D)
        weekDays = Array(repeating: 0, count: S * W)
        totalDays = Array(repeating: 0, count: S)
    }

    /// The cost change of adding (`step` 1) or removing (-1) placed event `e`.
    mutating func change(_ e: Int, by step: Int32, _ placement: Placement, _ problem: Problem) -> Int {
        guard !limits.isEmpty else { return 0 }
        var delta = 0
        ResourceClash.forEachResource(e, placement, problem) { r in
            let slot = Int(slotOfResource[r])
            guard slot >= 0 else { return }
            for p in Int(placement.start[e])...placement.last(e) { delta += changePeriod(p, slot: slot, by: step, problem) }
        }
        return delta
    }

    private mutating func changePeriod(_ p: Int, slot s: Int, by step: Int32, _ problem: Problem) -> Int {
        let before = periodCount[s * P + p]
        periodCount[s * P + p] += step
        guard (before == 0) != (periodCount[s * P + p] == 0) else { return 0 }
        var delta = 0
        let d = Int(problem.periodDay[p]), h = Int(halfDays.ofPeriod[p])
        let minutes = step * (problem.periodAbsEnd[p] - problem.periodAbsStart[p])
        let oldMinutes = Int(dayMinutes[s * D + d])
        dayMinutes[s * D + d] += minutes
        for i in limitsOfSlot[s] where limits[i].measure == .minutesPerDay {
            delta += Self.minuteExcess(Int(dayMinutes[s * D + d]), limits[i]) - Self.minuteExcess(oldMinutes, limits[i])
        }
        let beforeHalf = halfDayPeriods[s * H + h]
        halfDayPeriods[s * H + h] += step
        guard (beforeHalf == 0) != (halfDayPeriods[s * H + h] == 0) else { return delta }
        let left = run(from: h, by: -1, slot: s), right = run(from: h, by: 1, slot: s)
        let oldHalfDays = Int(dayHalfDays[s * D + d])
        dayHalfDays[s * D + d] += step
        let newHalfDays = Int(dayHalfDays[s * D + d])
        let dayToggles = (oldHalfDays == 0) != (newHalfDays == 0)
        let w = Int(problem.periodWeek[p])
        let oldWeek = Int(weekDays[s * W + w]), oldTotal = Int(totalDays[s])
        if dayToggles {
            weekDays[s * W + w] += step
            totalDays[s] += step
        }
        for i in limitsOfSlot[s] {
            let limit = limits[i]
            switch limit.measure {
            case .minutesPerDay: continue
            case .halfDaysPerDay:
                delta += Self.excess(newHalfDays, limit) - Self.excess(oldHalfDays, limit)
            case .consecutiveHalfDays:
                let joined = Self.excess(left + 1 + right, limit) - Self.excess(left, limit) - Self.excess(right, limit)
                delta += step > 0 ? joined : -joined
            case .daysPerWeek where dayToggles:
                delta += Self.excess(Int(weekDays[s * W + w]), limit) - Self.excess(oldWeek, limit)
            case .days where dayToggles:
                delta += Self.excess(Int(totalDays[s]), limit) - Self.excess(oldTotal, limit)
            case .daysPerWeek, .days: continue
            }
        }
        return delta
    }

    /// Taught half-days in a row next to `h` (excluded), walking in direction `by`.
    private func run(from h: Int, by direction: Int, slot s: Int) -> Int {
        var n = 0, k = h
        while true {
            let linked = direction < 0 ? halfDays.followsPrevious[k] : k + 1 < H && halfDays.followsPrevious[k + 1]
            guard linked else { return n }
            k += direction
            guard halfDayPeriods[s * H + k] > 0 else { return n }
            n += 1
        }
    }

    /// Units over the bound, times the weight.
    static func excess(_ value: Int, _ limit: ResourceLoadLimit) -> Int { max(0, value - Int(limit.bound)) * Int(limit.weight) }

    /// Started hours over a minute bound, times the weight.
    static func minuteExcess(_ minutes: Int, _ limit: ResourceLoadLimit) -> Int {
        (max(0, minutes - Int(limit.bound)) + 59) / 60 * Int(limit.weight)
    }

    /// The cost of `placement` recounted from scratch, for the limits of one hardness.
    static func cost(of placement: Placement, problem: Problem, hard: Bool) -> Int {
        let grid = HalfDayGrid(problem)
        var total = 0
        for limit in problem.loadLimits where limit.isHard == hard {
            var periods = Set<Int>()
            for e in 0..<problem.eventCount where placement.isPlaced(e) {
                var uses = false
                ResourceClash.forEachResource(e, placement, problem) { if $0 == Int(limit.resource) { uses = true } }
                if uses { periods.formUnion(Int(placement.start[e])...placement.last(e)) }
            }
            let taught = Set(periods.map { Int(grid.ofPeriod[$0]) })
            let dates = Set(periods.map { Int(problem.periodDay[$0]) })
            switch limit.measure {
            case .minutesPerDay:
                for d in dates {
                    let minutes = periods.filter { Int(problem.periodDay[$0]) == d }
                        .reduce(0) { $0 + Int(problem.periodAbsEnd[$1] - problem.periodAbsStart[$1]) }
                    total += minuteExcess(minutes, limit)
                }
            case .halfDaysPerDay:
                for d in dates { total += excess(taught.filter { grid.day[$0] == d }.count, limit) }
            case .consecutiveHalfDays:
                var length = 0
                for h in 0..<grid.day.count {
                    if !taught.contains(h) {
                        total += excess(length, limit)
                        length = 0
                    } else {
                        if !grid.followsPrevious[h] { total += excess(length, limit); length = 0 }
                        length += 1
                    }
                }
                total += excess(length, limit)
            case .daysPerWeek:
                let weekDates = Set(periods.map { [Int(problem.periodWeek[$0]), Int(problem.periodDay[$0])] })
                for w in 0..<problem.weekCount { total += excess(weekDates.filter { $0[0] == w }.count, limit) }
            case .days:
                total += excess(dates.count, limit)
            }
        }
        return total
    }
}
