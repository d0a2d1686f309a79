extension ProgrammeValidator {
    /// An edge "`from` comes before `to`", stated by the rule at `location`.
    private struct Edge {
        var from: String
        var to: String
        var location: SourceLocation
    }

    /// Cycles among precedence and sequence rules, each named once (starting at its smallest id)
    /// and reported at the first rule that states one of its edges.
    func precedenceCycles() -> [Diagnostic] {
        var edges: [Edge] = []
        for rule in programme.rules {
            switch rule.kind {
            case let .precedence(before, after, _, _):
                edges.append(Edge(from: before, to: after, location: rule.location))
            case let .sequence(sessions, _):
                for (from, to) in zip(sessions, sessions.dropFirst()) { edges.append(Edge(from: from, to: to, location: rule.location)) }
            default:
                break
            }
        }
        var successors: [String: [String]] = [:]
        for edge in edges { successors[edge.from, default: []].append(edge.to) }
        var visited: Set<String> = []
        var cycles: [[String]] = []
        var known: Set<[String]> = []
        for start in Set(edges.map(\.from)).sorted() where !visited.contains(start) {
            search(start, successors: successors, visited: &visited, cycles: &cycles, known: &known)
        }
        var firstRule: [String: SourceLocation] = [:]
        for edge in edges where firstRule["\(edge.from)\u{0}\(edge.to)"] == nil { firstRule["\(edge.from)\u{0}\(edge.to)"] = edge.location }
        return cycles.map { cycle in
            let location = zip(cycle, cycle.dropFirst() + cycle.prefix(1)).compactMap { firstRule["\($0.0)\u{0}\($0.1)"] }.min()!
            return Diagnostic(location: location, problem: .precedenceCycle(cycle))
        }
    }

    /// Depth-first search along edges in rule order, with an explicit stack (a chain of any length
    /// does not overflow the call stack); a step back onto the path closes a cycle.
    /// - Complexity: O(V + E) steps, plus the length of each cycle found.
    private func search(
        _ root: String, successors: [String: [String]], visited: inout Set<String>, cycles: inout [[String]], known: inout Set<[String]>
    ) {
        var path: [String] = [root]
        var onPath: [String: Int] = [root: 0]
        var next: [Int] = [0]
        visited.insert(root)
        while let node = path.last {
            let edges = successors[node] ?? []
            let position = next[next.count - 1]
            guard position < edges.count else {
                path.removeLast()
                next.removeLast()
                onPath[node] = nil
                continue
            }
            next[next.count - 1] += 1
            let target = edges[position]
            if let index = onPath[target] {
                let cycle = Array(path[index...])
                let smallest = cycle.indices.min { cycle[$0] < cycle[$1] }!
                let rotated = Array(cycle[smallest...] + cycle[..<smallest])
                if known.insert(rotated).inserted { cycles.append(rotated) }
            } else if visited.insert(target).inserted {
                onPath[target] = path.count
                path.append(target)
                next.append(0)
            }
        }
    }
}
