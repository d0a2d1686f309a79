/// Finds the known name a misspelt one most likely meant, for "did you mean …?" hints.
public enum Suggestion {
    /// The candidate closest to `name` by edit distance, when close enough; ties go to the
    /// alphabetically first candidate. A candidate that contains `name` (3 characters or more) also counts.
    /// - Complexity: O(c · n · m) for c candidates of length m and a name of length n.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let lowered = name.lowercased()
        var best: (distance: Int, candidate: String)?
        for candidate in candidates.sorted() where candidate != name {
            let distance = editDistance(lowered, candidate.lowercased())
            let limit = max(1, candidate.count / 3)
            let contains = lowered.count >= 3 && candidate.lowercased().contains(lowered)
            guard distance <= limit || contains else { continue }
            let score = contains ? min(distance, limit) : distance
            if best == nil || score < best!.distance { best = (score, candidate) }
        }
        return best?.candidate
    }

    /// Edit distance between two strings, by characters: insertions, deletions, substitutions and
    /// transpositions of adjacent characters each count 1 (optimal string alignment).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j - 1] + cost, previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
