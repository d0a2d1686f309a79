internal import Yams

extension CurriculumDecoder {
    /// The one kind key of a rule or preference mapping, with its fields checked against what that kind accepts.
    mutating func kindFields(
        _ node: Node, key: String, noun: String, kinds: [String], extras: (String) -> [String]
    ) -> (kind: String, fields: Fields)? {
        let present = (Self.keys(of: node) ?? []).filter(kinds.contains)
        let allowed = present.count == 1 ? present + extras(present[0]) : kinds + extras("")
        let context = present.count == 1 ? "'\(present[0])' \(noun)" : noun
        guard let f = fields(node, key: key, context: context, allowed: allowed) else { return nil }
        guard present.count == 1 else {
            report(present.isEmpty ? .missingKind(context: noun, kinds: kinds) : .conflictingKinds(present, context: noun), at: f.location)
            return nil
        }
        return (present[0], f)
    }

    mutating func rule(_ node: Node, _ key: String) -> Rule? {
        clean { decoder in
            let extras = { (kind: String) in kind == "sequence" || kind.isEmpty ? ["min_gap_days"] : [] }
            guard let (kind, f) = decoder.kindFields(node, key: key, noun: "rule", kinds: CurriculumSchema.ruleKinds, extras: extras),
                  let value = f[kind]
            else { return nil }
            let session = decoder.reference(.session)
            let sessions = { (minimum: Int) in
                { (decoder: inout Self, node: Node, key: String) -> [String]? in
                    guard let ids = decoder.list(node, key, session) else { return nil }
                    if ids.count < minimum { decoder.report(.tooFewItems(key: key, count: ids.count, minimum: minimum), at: node) }
                    return ids
                }
            }
            let ruleKind: Rule.Kind?
            switch kind {
            case "precedence":
                guard let p = decoder.fields(value, key: kind, context: "precedence", allowed: CurriculumSchema.precedence) else { return nil }
                let before = decoder.required(p, "before", session)
                let after = decoder.required(p, "after", session)
                let minutes = decoder.optional(p, "min_gap_minutes") { $0.integer($1, $2, minimum: 0) }
                let days = decoder.optional(p, "min_gap_days") { $0.integer($1, $2, minimum: 0) }
                guard let before, let after else { return nil }
                ruleKind = .precedence(before: before, after: after, minGapMinutes: minutes, minGapDays: days)
            case "sequence":
                let ids = sessions(2)(&decoder, value, kind)
                let days = decoder.optional(f, "min_gap_days") { $0.integer($1, $2, minimum: 0) }
                ruleKind = ids.map { .sequence(sessions: $0, minGapDays: days) }
            case "same_day":
                ruleKind = sessions(2)(&decoder, value, kind).map { .sameDay(sessions: $0) }
            case "different_days":
                ruleKind = sessions(1)(&decoder, value, kind).map { .differentDays(sessions: $0) }
            case "immediately_after":
                guard let p = decoder.fields(value, key: kind, context: "immediately_after", allowed: CurriculumSchema.immediatelyAfter)
                else { return nil }
                let first = decoder.required(p, "first", session)
                let then = decoder.required(p, "then", session)
                guard let first, let then else { return nil }
                ruleKind = .immediatelyAfter(first: first, then: then)
            case "pairs":
                guard let p = decoder.fields(value, key: kind, context: "pairs", allowed: CurriculumSchema.pairs) else { return nil }
                let first = decoder.required(p, "first", session)
                let then = decoder.required(p, "then", session)
                let sameDay = decoder.optional(p, "same_day") { $0.boolean($1, $2) }
                let days = decoder.optional(p, "min_gap_days") { $0.integer($1, $2, minimum: 0) }
                let most = decoder.optional(p, "max_gap_days") { $0.integer($1, $2, minimum: 0) }
                if let days, let most, days > most, let node = p["max_gap_days"] {
                    decoder.report(.reversedBounds(lowerKey: "min_gap_days", lower: "\(days)", upperKey: "max_gap_days", upper: "\(most)", strict: false), at: node)
                }
                guard let first, let then else { return nil }
                ruleKind = .pairs(first: first, then: then, sameDay: sameDay ?? false, minGapDays: days, maxGapDays: most)
            case "first_of_day": ruleKind = session(&decoder, value, kind).map { .firstOfDay(session: $0) }
            case "last_of_day": ruleKind = session(&decoder, value, kind).map { .lastOfDay(session: $0) }
            case "first_of_programme": ruleKind = session(&decoder, value, kind).map { .firstOfProgramme(session: $0) }
            case "last_of_programme": ruleKind = session(&decoder, value, kind).map { .lastOfProgramme(session: $0) }
            case "daily_ritual":
                guard let p = decoder.fields(value, key: kind, context: "daily_ritual", allowed: CurriculumSchema.dailyRitual) else { return nil }
                let id = decoder.required(p, "session", session)
                let time = decoder.required(p, "time") { $0.time($1, $2) }
                let skip = decoder.optional(p, "skip_first_days") { $0.integer($1, $2, minimum: 0) }
                guard let id, let time else { return nil }
                ruleKind = .dailyRitual(session: id, time: time, skipFirstDays: skip ?? 0)
            case "module_within_weeks":
                guard let p = decoder.fields(value, key: kind, context: "module_within_weeks", allowed: CurriculumSchema.moduleWithinWeeks)
                else { return nil }
                let module = decoder.required(p, "module", decoder.reference(.module))
                let weeks = decoder.required(p, "weeks") { $0.integer($1, $2, minimum: 1) }
                guard let module, let weeks else { return nil }
                ruleKind = .moduleWithinWeeks(module: module, weeks: weeks)
            case "load_limit":
                ruleKind = decoder.loadLimit(value, kind).map { .loadLimit($0) }
            default:
                ruleKind = decoder.flag(value, kind).map { _ in .roomCapacity }
            }
            return ruleKind.map { Rule($0, location: f.location) }
        }
    }

    mutating func preference(_ node: Node, _ key: String) -> Preference? {
        clean { decoder in
            guard let (kind, f) = decoder.kindFields(
                node, key: key, noun: "preference", kinds: CurriculumSchema.preferenceKinds, extras: { _ in ["weight"] }
            ), let value = f[kind]
            else { return nil }
            let weight = decoder.optional(f, "weight") { $0.integer($1, $2, minimum: 0, maximum: CurriculumLimits.weight) }
            let preferenceKind: Preference.Kind?
            switch kind {
            case "preferred_times", "avoid_times":
                guard let p = decoder.fields(value, key: kind, context: kind, allowed: CurriculumSchema.timesPreference) else { return nil }
                let trainer = decoder.optional(p, "trainer", decoder.reference(.trainer))
                let session = decoder.optional(p, "session", decoder.reference(.session))
                let times = decoder.required(p, "times") { $0.list($1, $2) { $0.timeSpec($1, $2) } }
                if p.present(["trainer", "session"]).isEmpty {
                    decoder.report(.missingOneOf(["trainer", "session"], context: kind), at: p.location)
                }
                guard let times else { return nil }
                preferenceKind = kind == "preferred_times"
                    ? .preferredTimes(trainer: trainer, session: session, times: times)
                    : .avoidTimes(trainer: trainer, session: session, times: times)
            case "spread":
                guard let p = decoder.fields(value, key: kind, context: kind, allowed: CurriculumSchema.spread) else { return nil }
                let session = decoder.required(p, "session", decoder.reference(.session))
                let days = decoder.required(p, "min_days") { $0.integer($1, $2, minimum: 1) }
                guard let session, let days else { return nil }
                preferenceKind = .spread(session: session, minDays: days)
            case "compactness", "even_weekly_load":
                guard let option = decoder.option(value, key: kind, name: "cohort", kind: .cohort) else { return nil }
                preferenceKind = kind == "compactness" ? .compactness(cohort: option) : .evenWeeklyLoad(cohort: option)
            case "early":
                guard let option = decoder.option(value, key: kind, name: "session", kind: .session) else { return nil }
                preferenceKind = .early(session: option)
            case "stability":
                let previous: String?
                if case .mapping = value {
                    guard let p = decoder.fields(value, key: kind, context: kind, allowed: CurriculumSchema.stability) else { return nil }
                    previous = decoder.required(p, "previous") { $0.path($1, $2) }
                } else {
                    previous = decoder.path(value, kind)
                }
                preferenceKind = previous.map { .stability(previous: $0) }
            case "load_limit":
                preferenceKind = decoder.loadLimit(value, kind).map { .loadLimit($0) }
            case "room_stability":
                preferenceKind = decoder.flag(value, kind).map { _ in .roomStability }
            default:
                preferenceKind = decoder.flag(value, kind).map { _ in .roomCapacity }
            }
            guard let preferenceKind else { return nil }
            return Preference(preferenceKind, weight: weight ?? Preference.defaultWeight(of: preferenceKind), location: f.location)
        }
    }

    /// `true` (every element) or `{name: id}` (one element): `.some(nil)` or `.some(id)`; nil on a problem.
    mutating func option(_ node: Node, key: String, name: String, kind: EntityKind) -> String?? {
        clean { decoder in
            guard case .mapping = node else { return decoder.flag(node, key).map { _ in String?.none } }
            guard let f = decoder.fields(node, key: key, context: key, allowed: [name]) else { return nil }
            return .some(decoder.optional(f, name, decoder.reference(kind)))
        }
    }
}
