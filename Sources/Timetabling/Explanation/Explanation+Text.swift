import Curriculum

extension Explanation {
    /// The explanation as plain text for the command line (`cursus explain`, `cursus solve` on
    /// infeasible input): one rule per line, `file:line: sentence`.
    public var text: String {
        var lines: [String] = []
        switch outcome {
        case .feasible:
            return "\(programmeTitle): a timetable satisfies every hard rule; there is no conflict to explain.\n"
        case .conflict, .partialConflict:
            lines.append("\(programmeTitle): no timetable satisfies every hard rule.")
        case .notProven:
            lines.append(isProvenInfeasible
                ? "\(programmeTitle): no timetable satisfies every hard rule (proven), but no smaller set of rules was proven to conflict within the budget."
                : "\(programmeTitle): no timetable found in \(searchedSeconds) s; Cursus has not proven that none exists.")
        }
        if !unplaceable.isEmpty {
            lines.append("")
            lines.append("Sessions with no possible place:")
            func which(_ item: UnplaceableSession) -> String {
                item.occurrences.count == 1
                    ? "occurrence \(item.occurrences[0])" : "occurrences \(item.occurrences.map(String.init).joined(separator: ", "))"
            }
            for item in unplaceable where item.isAnalysed {
                lines.append("  '\(item.title)' (\(which(item))) has no possible place, because:")
                if item.chain.isEmpty {
                    for reason in item.compilerReasons { lines.append("    \(reason.location.file):\(reason.location.line): \(reason.message)") }
                } else {
                    for rule in item.chain { lines.append("    \(rule.place): \(rule.sentence)") }
                }
            }
            let rest = unplaceable.filter { !$0.isAnalysed }
            if !rest.isEmpty {
                lines.append("  \(rest.count) more session\(rest.count == 1 ? "" : "s") with no possible place, not analysed within the budget:")
                for item in rest { lines.append("    '\(item.title)' (\(which(item)))") }
            }
        }
        lines.append("")
        if outcome == .notProven {
            if !broken.isEmpty {
                lines.append("The best schedule found still breaks:")
                for rule in broken { lines.append("  \(rule)") }
                lines.append("")
            }
            lines.append("Maybe search longer (cursus solve FILE --time 5m) or give the proof more time (cursus explain FILE --proof-time 2m).")
            return lines.joined(separator: "\n") + "\n"
        }
        if rules.isEmpty {
            lines.append(counts.isEmpty
                ? "The sessions cannot all be placed even without any rule: check their durations, occurrences and the calendar's windows."
                : "The sessions cannot all be placed even without any rule:")
        } else {
            let count = rules.count == 1 ? "This rule" : "These \(rules.count) rules"
            switch outcome {
            case .partialConflict where ranOutOfBudget:
                lines.append("The search for a minimal conflict ran out of budget after \(checks) checks; \(count.lowercasedFirst) contain the conflict:")
            case .partialConflict:
                lines.append(rules.count == 1
                    ? "This rule cannot hold (change it):"
                    : "\(count) cannot hold together (proven; Cursus has not shown that each one is needed):")
            default:
                lines.append(rules.count == 1
                    ? "This rule cannot hold (change it):"
                    : "\(count) cannot hold together (removing or changing any one of them lifts this conflict):")
            }
            for rule in rules { lines.append("  \(rule.place): \(rule.sentence)") }
            if !counts.isEmpty { lines.append(counts.count == 1 ? "Because:" : "Because (each of these is enough):") }
        }
        for count in counts { lines.append("  \(count).") }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
