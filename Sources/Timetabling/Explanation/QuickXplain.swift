/// QuickXplain (U. Junker, "QUICKXPLAIN: Preferred Explanations and Relaxations for
/// Over-Constrained Problems", AAAI 2004): a minimal conflict among ordered constraints, found
/// by splitting the list in halves.
///
/// - Complexity: O(k · log(n / k)) consistency checks for a conflict of k among n constraints.
enum QuickXplain {
    /// A minimal subset of `constraints` that `isConsistent` rejects, or nil when it accepts them all.
    /// An empty result means the background alone (no constraint) is already rejected.
    static func conflict<E: Error>(
        _ constraints: [Int], isConsistent: ([Int]) throws(E) -> Bool
    ) throws(E) -> [Int]? {
        if try isConsistent(constraints) { return nil }
        if constraints.isEmpty { return [] }
        if !(try isConsistent([])) { return [] }
        return try split(background: [], hasDelta: false, constraints, isConsistent)
    }

    private static func split<E: Error>(
        background: [Int], hasDelta: Bool, _ constraints: [Int], _ isConsistent: ([Int]) throws(E) -> Bool
    ) throws(E) -> [Int] {
        if hasDelta, !(try isConsistent(background)) { return [] }
        if constraints.count == 1 { return constraints }
        let half = constraints.count / 2
        let first = Array(constraints[..<half]), second = Array(constraints[half...])
        let fromSecond = try split(background: background + first, hasDelta: !first.isEmpty, second, isConsistent)
        let fromFirst = try split(background: background + fromSecond, hasDelta: !fromSecond.isEmpty, first, isConsistent)
        return fromFirst + fromSecond
    }
}
