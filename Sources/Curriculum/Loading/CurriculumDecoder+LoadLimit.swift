internal import Yams

extension CurriculumDecoder {
    /// `{trainer: ID | cohort: ID | room: ID | every: trainer|cohort|room, max_per_day: 6h, …}`: one
    /// subject, at least one measure (the value of a `load_limit` rule or preference).
    mutating func loadLimit(_ node: Node, _ key: String) -> LoadLimit? {
        clean { decoder in
            guard let f = decoder.fields(node, key: key, context: key, allowed: CurriculumSchema.loadLimit) else { return nil }
            let subjects = f.present(CurriculumSchema.loadLimitSubjects)
            if subjects.count > 1 { decoder.report(.conflictingSubjects(subjects, context: key), at: f.location) }
            if subjects.isEmpty { decoder.report(.missingOneOf(CurriculumSchema.loadLimitSubjects, context: key), at: f.location) }
            if f.present(CurriculumSchema.loadLimitMeasures).isEmpty {
                decoder.report(.missingOneOf(CurriculumSchema.loadLimitMeasures, context: key), at: f.location)
            }
            let subject: LoadLimit.Subject? = switch subjects.first {
            case "trainer": decoder.optional(f, "trainer", decoder.reference(.trainer)).map { .trainer($0) }
            case "cohort": decoder.optional(f, "cohort", decoder.reference(.cohort)).map { .cohort($0) }
            case "room": decoder.optional(f, "room", decoder.reference(.room)).map { .room($0) }
            case "every": decoder.optional(f, "every") { $0.resourceKind($1, $2) }.map { .every($0) }
            default: nil
            }
            let perDay = decoder.optional(f, "max_per_day") { $0.dailyLoad($1, $2) }
            let consecutive = decoder.optional(f, "max_consecutive_half_days") { $0.integer($1, $2, minimum: 1) }
            let perWeek = decoder.optional(f, "max_days_per_week") { $0.integer($1, $2, minimum: 1, maximum: 7) }
            let days = decoder.optional(f, "max_days") { $0.integer($1, $2, minimum: 1) }
            guard let subject, subjects.count == 1, perDay != nil || consecutive != nil || perWeek != nil || days != nil else { return nil }
            return LoadLimit(
                subject: subject, maxPerDay: perDay, maxConsecutiveHalfDays: consecutive, maxDaysPerWeek: perWeek, maxDays: days,
                location: f.location)
        }
    }

    /// `trainer`, `cohort` or `room` (did-you-mean on a near miss).
    mutating func resourceKind(_ node: Node, _ key: String) -> LoadLimit.Kind? {
        guard let text = node.scalar?.string, let kind = LoadLimit.Kind(rawValue: text) else {
            let names = LoadLimit.Kind.allCases.map(\.rawValue)
            invalid(node, key: key, expected: .resourceKind, suggestion: node.scalar.flatMap { Suggestion.closest(to: $0.string, among: names) })
            return nil
        }
        return kind
    }

    /// A positive duration in minutes or half-days (not whole days: a day is what it bounds).
    mutating func dailyLoad(_ node: Node, _ key: String) -> SessionDuration? {
        guard case let .scalar(scalar) = node, let duration = SessionDuration(text: scalar.string) else {
            invalid(node, key: key, expected: .dailyLoad)
            return nil
        }
        if case .days = duration {
            invalid(node, key: key, expected: .dailyLoad)
            return nil
        }
        guard duration.count > 0 else {
            report(.tooSmall(key: key, value: 0, minimum: 1), at: node)
            return nil
        }
        return duration
    }
}
