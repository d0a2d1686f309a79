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
        var visited: Set<String> = []
        var cycles: [[String]] = []
        for start in Set(edges.map(\.from)).sorted() where !visited.contains(start) {
            var path: [String] = []
            search(start, edges: edges, path: &path, visited: &visited, cycles: &cycles)
        }
        return cycles.map { cycle in
            let pairs = Set(zip(cycle, cycle.dropFirst() + cycle.prefix(1)).map { "\($0.0)\u{0}\($0.1)" })
            let location = edges.filter { pairs.contains("\($0.from)\u{0}\($0.to)") }.map(\.location).min()!
            return Diagnostic(location: location, problem: .precedenceCycle(cycle))
        }
    }

    /// Depth-first search along edges in rule order; a step back onto `path` closes a cycle.
    private func search(_ node: String, edges: [Edge], path: inout [String], visited: inout Set<String>, cycles: inout [[String]]) {
        visited.insert(node)
        path.append(node)
        for edge in edges where edge.from == node {
            if let index = path.firstIndex(of: edge.to) {
                let cycle = Array(path[index...])
                let smallest = cycle.indices.min { cycle[$0] < cycle[$1] }!
                let rotated = Array(cycle[smallest...] + cycle[..<smallest])
                if !cycles.contains(rotated) { cycles.append(rotated) }
            } else if !visited.contains(edge.to) {
                search(edge.to, edges: edges, path: &path, visited: &visited, cycles: &cycles)
            }
        }
        path.removeLast()
    }
}
