/// A set of grid periods that answers "does it hold every period of this run?" in constant time
/// (prefix counts), so that a unary rule is tested once per period, not once per period per start.
struct PeriodMask: Sendable {
    /// `prefix[p]`: how many of the periods `0..<p` are in the set.
    private let prefix: [Int32]

    /// The periods `p` of `0..<count` for which `contains(p)` holds.
    init(count: Int, _ contains: (Int) -> Bool) {
        var prefix = [Int32](repeating: 0, count: count + 1)
        for p in 0..<count { prefix[p + 1] = prefix[p] + (contains(p) ? 1 : 0) }
        self.prefix = prefix
    }

    /// Whether every period of `start..<(start + length)` is in the set.
    @inline(__always)
    func containsAll(start: Int, length: Int) -> Bool {
        prefix[start + length] - prefix[start] == Int32(length)
    }
}
