import Curriculum

extension ProblemBuilder {
    func events(of sessionID: String) -> [Int32] {
        guard let s = sessionIndex[sessionID] else { return [] }
        return eventsOfSession[s].map(Int32.init)
    }

    /// Events attended by any cohort of `session`, other than the session's own.
    func cohortEvents(of session: Int) -> [Int32] {
        let own = Set(eventsOfSession[session])
        let cohorts = Set(programme.sessions[session].cohorts.compactMap { cohortIndex[$0] })
        return (0..<problem.eventCount).filter { e in
            !own.contains(e) && (Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1]))
                .contains { cohorts.contains(Int(problem.eventCohorts[$0])) }
        }.map(Int32.init)
    }

    mutating func buildRules() {
        var arcs: [OrderArc] = []
        func precedence(_ before: String, _ after: String, _ minutes: Int?, _ days: Int?, _ location: SourceLocation) {
            for a in events(of: before) {
                for b in events(of: after) {
                    arcs.append(OrderArc(a: a, b: b, kind: .endBeforeStart(gapMinutes: Int32(minutes ?? 0), gapDays: Int32(days ?? -1)), source: location))
                }
            }
        }
        for rule in programme.rules {
            switch rule.kind {
            case .precedence(let before, let after, let minutes, let days):
                precedence(before, after, minutes, days, rule.location)
            case .sequence(let sessions, let days):
                for (before, after) in zip(sessions, sessions.dropFirst()) { precedence(before, after, nil, days, rule.location) }
            case .immediatelyAfter(let first, let then):
                for (a, b) in zip(events(of: first), events(of: then)) {
                    arcs.append(OrderArc(a: a, b: b, kind: .immediatelyAfter, source: rule.location))
                }
            case .pairs(let first, let then, let sameDay, let days, let most):
                for (a, b) in zip(events(of: first), events(of: then)) {
                    arcs.append(OrderArc(a: a, b: b, kind: .endBeforeStart(gapMinutes: 0, gapDays: Int32(days ?? -1)), source: rule.location))
                    if let most { arcs.append(OrderArc(a: a, b: b, kind: .startWithinDays(days: Int32(most)), source: rule.location)) }
                    if sameDay { problem.sameDayGroups.append(EventGroup(events: [a, b], parameter: 0, weight: 1, source: rule.location)) }
                }
            case .firstOfProgramme(let session), .lastOfProgramme(let session):
                guard let s = sessionIndex[session] else { continue }
                let isFirst: Bool = if case .firstOfProgramme = rule.kind { true } else { false }
                let others = cohortEvents(of: s)
                for a in eventsOfSession[s] {
                    for b in others {
                        arcs.append(OrderArc(a: Int32(a), b: b, kind: isFirst ? .startNotBefore : .endNotAfter, source: rule.location))
                    }
                }
            case .sameDay(let sessions):
                problem.sameDayGroups.append(EventGroup(events: sessions.flatMap { events(of: $0) }, parameter: 0, weight: 1, source: rule.location))
            case .differentDays(let sessions):
                for s in sessions {
                    problem.differentDayGroups.append(EventGroup(events: events(of: s), parameter: 0, weight: 1, source: rule.location))
                }
            case .moduleWithinWeeks(let module, let weeks):
                let members = programme.sessions.filter { $0.module == module }.flatMap { events(of: $0.id) }
                problem.moduleGroups.append(EventGroup(events: members, parameter: Int32(weeks), weight: 1, source: rule.location))
            case .firstOfDay, .lastOfDay, .dailyRitual, .roomCapacity:
                break // domain filtering, see ProblemBuilder+Candidates
            case .loadLimit:
                break // see ProblemBuilder+LoadLimits
            }
        }
        problem.arcs = arcs
        var incident: [[Int32]] = Array(repeating: [], count: problem.eventCount)
        for (i, arc) in arcs.enumerated() {
            incident[Int(arc.a)].append(Int32(i))
            incident[Int(arc.b)].append(Int32(i))
        }
        problem.arcOffsets = [0]
        for list in incident {
            problem.arcIndex += list
            problem.arcOffsets.append(Int32(problem.arcIndex.count))
        }
        for (c, cohort) in programme.cohorts.enumerated() {
            guard let load = cohort.weeklyLoad else { continue }
            problem.weeklyLoads.append(CohortLoad(
                cohort: Int32(c), minimum: Int32(load.minimum ?? 0), maximum: Int32(load.maximum ?? Int(Int32.max)),
                capacity: windowsPerWeek(of: c), source: load.location))
        }
    }

    mutating func buildPreferences() {
        problem.compactnessWeight = [Int32](repeating: 0, count: problem.cohortCount)
        problem.evenLoadWeight = [Int32](repeating: 0, count: problem.cohortCount)
        var maxWeight = 1
        for preference in programme.preferences {
            maxWeight = max(maxWeight, preference.weight)
            switch preference.kind {
            case .spread(let session, let minDays):
                problem.spreadGroups.append(EventGroup(
                    events: events(of: session), parameter: Int32(minDays), weight: Int32(preference.weight), source: preference.location))
            case .compactness(let cohort):
                for c in 0..<problem.cohortCount where cohort == nil || cohort == problem.cohortIDs[c] {
                    problem.compactnessWeight[c] += Int32(preference.weight)
                }
            case .roomStability:
                problem.roomStabilityWeight += Int32(preference.weight)
            case .preferredTimes, .avoidTimes, .early, .roomCapacity:
                break // unary tables, see ProblemBuilder+Candidates
            case .evenWeeklyLoad(let cohort):
                for c in 0..<problem.cohortCount where cohort == nil || cohort == problem.cohortIDs[c] {
                    problem.evenLoadWeight[c] += Int32(preference.weight)
                }
            case .loadLimit:
                break // see ProblemBuilder+LoadLimits
            case .stability(let previous):
                addStabilityCosts(previous: previous, weight: preference.weight, source: preference.location)
            }
        }
        problem.evenLoadWeeks = (0..<problem.cohortCount).map { c in
            problem.evenLoadWeight[c] > 0 ? Int32(windowsPerWeek(of: c).filter { $0 > 0 }.count) : 0
        }
        problem.maxSoftWeight = maxWeight
    }
}

extension ProblemBuilder {
    /// Adds the cost of ``Stability`` against the schedule published at `path` (as the caller read
    /// it into ``Programme/previousSchedules``; none: no cost) to the unary tables (`choiceCost` per
    /// candidate start, `roomCost` per candidate room).
    mutating func addStabilityCosts(previous path: String, weight: Int, source: SourceLocation) {
        let stability = Stability(previous: programme.previousSchedules[path], weight: weight)
        for e in 0..<problem.eventCount {
            let key = "\(problem.sessionIDs[Int(problem.eventSession[e])])/\(problem.eventOccurrence[e])"
            let width = Int(problem.choiceWidth[e])
            for c in 0..<problem.candidateCount(of: e) {
                let period = problem.periods[Int(problem.candPeriod[Int(problem.candOffsets[e]) + c])]
                let cost = stability.cost(of: key, date: problem.dates[period.day], time: period.start)
                for k in 0..<width { problem.choiceCost[Int(problem.choiceBase[e]) + c * width + k] += Int32(cost) }
            }
            for s in Int(problem.roomOffsets[e])..<Int(problem.roomOffsets[e + 1]) {
                problem.roomCost[s] += Int32(stability.cost(of: key, room: problem.roomIDs[Int(problem.roomList[s])]))
            }
        }
    }
}
