extension ScoreCorruption {
    /// The one place that writes the text: each disagreeing rule with both figures and the
    /// difference, then the move that preceded it.
    public var message: String {
        let rules = disagreements.map { rule in
            let difference = rule.incremental - rule.recounted
            return "\(rule.isHard ? "hard" : "soft") rule '\(rule.name)': incremental \(rule.incremental), recounted \(rule.recounted) "
                + "(off by \(difference > 0 ? "+" : "")\(difference))"
        }
        let events = moved.map { event in
            "'\(event.session)' #\(event.occurrence) \(Self.position(event.from)) -> \(Self.position(event.to))"
        }
        return "score corruption in search \(thread) after move \(iteration) (\(move)): " + rules.joined(separator: "; ")
            + (events.isEmpty ? "" : "; the move changed " + events.joined(separator: ", "))
    }

    private static func position(_ position: (period: Int?, room: String?)) -> String {
        guard let period = position.period else { return "unplaced" }
        return "period \(period)" + (position.room.map { " room '\($0)'" } ?? "")
    }
}
