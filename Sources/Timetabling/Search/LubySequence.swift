/// The universal restart sequence 1, 1, 2, 1, 1, 2, 4, 1, 1, 2, 1, 1, 2, 4, 8, …: restart `i`
/// gets `term(i)` times a base budget, which is within a logarithmic factor of the best fixed
/// cut-off for any run-time distribution.
///
/// Luby, Sinclair and Zuckerman, "Optimal speedup of Las Vegas algorithms" (Information
/// Processing Letters 47, 1993).
enum LubySequence {
    /// Term `i` (from 0) of the sequence.
    static func term(_ i: Int) -> Int {
        var index = i + 1
        while true {
            var k = 1
            while (1 << k) - 1 < index { k += 1 }
            if index == (1 << k) - 1 { return 1 << (k - 1) }
            index -= (1 << (k - 1)) - 1
        }
    }
}
