import Curriculum

extension ProblemBuilder {
    /// Resolves the `load_limit` rules (hard) and preferences (soft) into one ``ResourceLoadLimit``
    /// per resource and measure: a limit naming a resource replaces an `every` limit of the same
    /// section for the measures it states.
    mutating func buildLoadLimits() {
        let hard = programme.rules.compactMap { rule -> (LoadLimit, Int)? in
            if case .loadLimit(let limit) = rule.kind { (limit, 1) } else { nil }
        }
        let soft = programme.preferences.compactMap { preference -> (LoadLimit, Int)? in
            if case .loadLimit(let limit) = preference.kind { (limit, preference.weight) } else { nil }
        }
        problem.loadLimits = resolved(hard, isHard: true) + resolved(soft, isHard: false).filter { $0.weight > 0 }
    }

    private func resolved(_ limits: [(LoadLimit, Int)], isHard: Bool) -> [ResourceLoadLimit] {
        let T = problem.trainerCount, R = problem.roomCount
        func resources(of kind: LoadLimit.Kind) -> Range<Int> {
            switch kind {
            case .trainer: 0..<T
            case .room: T..<(T + R)
            case .cohort: (T + R)..<problem.resourceCount
            }
        }
        func resource(_ subject: LoadLimit.Subject) -> Int? {
            switch subject {
            case .trainer(let id): trainerIndex[id]
            case .room(let id): roomIndex[id].map { T + $0 }
            case .cohort(let id): cohortIndex[id].map { T + R + $0 }
            case .every: nil
            }
        }
        var stated = Set<[Int]>()  // (resource, measure) pairs a named limit states
        var result: [ResourceLoadLimit] = []
        func append(_ limit: LoadLimit, weight: Int, to r: Int, skippingStated: Bool) {
            for (measure, bound) in Self.measures(of: limit) {
                let key = [r, Self.measureCode(measure)]
                if skippingStated, stated.contains(key) { continue }
                if !skippingStated { stated.insert(key) }
                result.append(ResourceLoadLimit(
                    resource: Int32(r), measure: measure, bound: Int32(bound), isHard: isHard, weight: Int32(weight), source: limit.location))
            }
        }
        for (limit, weight) in limits {
            if let r = resource(limit.subject) { append(limit, weight: weight, to: r, skippingStated: false) }
        }
        for (limit, weight) in limits {
            guard case .every(let kind) = limit.subject else { continue }
            for r in resources(of: kind) { append(limit, weight: weight, to: r, skippingStated: true) }
        }
        return result
    }

    /// The measures a limit states, with their bounds.
    static func measures(of limit: LoadLimit) -> [(ResourceLoadLimit.Measure, Int)] {
        var measures: [(ResourceLoadLimit.Measure, Int)] = []
        switch limit.maxPerDay {
        case .minutes(let m)?: measures.append((.minutesPerDay, m))
        case .windows(let n)?: measures.append((.halfDaysPerDay, n))
        case .days?, nil: break
        }
        if let n = limit.maxConsecutiveHalfDays { measures.append((.consecutiveHalfDays, n)) }
        if let n = limit.maxDaysPerWeek { measures.append((.daysPerWeek, n)) }
        if let n = limit.maxDays { measures.append((.days, n)) }
        return measures
    }

    private static func measureCode(_ measure: ResourceLoadLimit.Measure) -> Int {
        switch measure {
        case .minutesPerDay, .halfDaysPerDay: 0
        case .consecutiveHalfDays: 1
        case .daysPerWeek: 2
        case .days: 3
        }
    }
}
