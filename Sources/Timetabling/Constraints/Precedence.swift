/// Hard: ordering rules between two events, one violation per broken arc.
///
/// Compiled from `precedence` and `sequence` (a ends, with a gap, before b starts),
/// `firstOfProgramme` / `lastOfProgramme` (no event of its cohorts starts before / ends after it)
/// and `immediatelyAfter` (b starts in the period right after a). Stateless: an arc is checked
/// when one of its events is added or removed and the other is placed.
/// - Complexity: O(arcs incident to the event) per add/remove.
struct Precedence: IncrementalConstraint {
    static let name = "precedence"
    static let isHard = true
    static let dependsOnRooms = false
    static let canBeInactive = true
    static func isActive(in problem: Problem) -> Bool { !problem.arcs.isEmpty }

    init(problem: Problem) {}

    @inline(__always)
    static func isViolated(_ arc: OrderArc, _ placement: Placement, _ problem: Problem) -> Bool {
        let a = Int(arc.a), b = Int(arc.b)
        return isViolated(
            arc, startA: Int(placement.start[a]), lastA: placement.last(a), startB: Int(placement.start[b]), lastB: placement.last(b),
            problem)
    }

    /// Whether `arc` is broken when its first event spans periods `startA...lastA` and its second `startB...lastB`.
    @inline(__always)
    static func isViolated(_ arc: OrderArc, startA: Int, lastA: Int, startB: Int, lastB: Int, _ problem: Problem) -> Bool {
        switch arc.kind {
        case .endBeforeStart(let gapMinutes, let gapDays):
            if problem.periodAbsEnd[lastA] + gapMinutes > problem.periodAbsStart[startB] { return true }
            return gapDays >= 0 && problem.periodAbsStart[startB] / 1440 - problem.periodAbsStart[lastA] / 1440 < gapDays
        case .startNotBefore:
            return problem.periodAbsStart[startB] < problem.periodAbsStart[startA]
        case .endNotAfter:
            return problem.periodAbsEnd[lastB] > problem.periodAbsEnd[lastA]
        case .immediatelyAfter:
            return Int(problem.nextAdjacent[lastA]) != startB
        case .startWithinDays(let days):
            return problem.periodAbsStart[startB] / 1440 - problem.periodAbsStart[lastA] / 1440 > days
        }
    }

    @inline(__always)
    private func violations(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int {
        var count = 0
        for i in Int(problem.arcOffsets[e])..<Int(problem.arcOffsets[e + 1]) {
            let arc = problem.arcs[Int(problem.arcIndex[i])]
            let other = Int(arc.a) == e ? Int(arc.b) : Int(arc.a)
            if placement.isPlaced(other), Precedence.isViolated(arc, placement, problem) { count += 1 }
        }
        return count
    }

    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { violations(e, placement, problem) }
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { -violations(e, placement, problem) }

    static func cost(of placement: Placement, problem: Problem) -> Int {
        problem.arcs.filter {
            placement.isPlaced(Int($0.a)) && placement.isPlaced(Int($0.b)) && isViolated($0, placement, problem)
        }.count
    }
}
