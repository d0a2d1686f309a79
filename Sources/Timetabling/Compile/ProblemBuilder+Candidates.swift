import Curriculum

extension ProblemBuilder {
    /// Whether period `p` lies in `available` (all when empty) and meets none of `unavailable`.
    func isOpen(_ p: Int, available: [TimeSpec], unavailable: [TimeSpec]) -> Bool {
        let period = problem.periods[p]
        let date = problem.dates[period.day]
        let name = problem.windows[period.window].name
        if !available.isEmpty,
           !available.contains(where: { $0.contains(date: date, window: name, startTime: period.start, endTime: period.end) }) {
            return false
        }
        return !unavailable.contains { $0.overlaps(date: date, window: name, startTime: period.start, endTime: period.end) }
    }

    /// Base spans `(first period, period count)` an occurrence of `duration` may take.
    func spans(for duration: SessionDuration) -> [(Int, Int)] {
        let P = problem.periodCount
        let windows = problem.windows
        switch duration {
        case .minutes(let m):
            if let g = grainMinutes {
                let length = max(1, (m + g - 1) / g)
                return (0..<P).compactMap { p in
                    var q = p
                    for _ in 1..<length {
                        let n = Int(problem.nextAdjacent[q])
                        guard n >= 0, problem.periodWindow[n] == problem.periodWindow[p] else { return nil }
                        q = n
                    }
                    return (p, length)
                }
            }
            return windows.filter { $0.end.minutes - $0.start.minutes >= m }.map { ($0.firstPeriod, 1) }
        case .windows(let n):
            guard n >= 1, windows.count >= n else { return [] }
            return (0...(windows.count - n)).compactMap { w in
                let last = windows[w + n - 1]
                guard windows[w].periodCount > 0, last.periodCount > 0 else { return nil }
                return (windows[w].firstPeriod, last.firstPeriod + last.periodCount - windows[w].firstPeriod)
            }
        case .days(let n):
            guard n >= 1, problem.dayCount >= n else { return [] }
            var firstOfDay = [Int](repeating: -1, count: problem.dayCount)
            var lastOfDay = [Int](repeating: -1, count: problem.dayCount)
            for p in 0..<P {
                let d = problem.periods[p].day
                if firstOfDay[d] < 0 { firstOfDay[d] = p }
                lastOfDay[d] = p
            }
            return (0...(problem.dayCount - n)).map { d in (firstOfDay[d], lastOfDay[d + n - 1] + 1 - firstOfDay[d]) }
        }
    }

    /// Candidate rooms of a session for `size` participants, with the reasons when none is left.
    func rooms(for session: Session, size: Int, reasons: inout [UnplaceableEvent.Reason]) -> [Int] {
        let all = Array(programme.rooms.indices)
        var list: [Int]
        if !session.rooms.isEmpty {
            list = session.rooms.compactMap { id in
                if let r = roomIndex[id] { return r }
                reasons.append(.init(message: "unknown room \(id)", location: session.location))
                return nil
            }
        } else if programme.preferences.contains(where: { $0.kind == .roomCapacity }) {
            list = all
        } else {
            list = all.filter { programme.rooms[$0].capacity >= size }
            if list.isEmpty { list = all }
        }
        if let rule = programme.rules.first(where: { $0.kind == .roomCapacity }) {
            let before = list.count
            list = list.filter { programme.rooms[$0].capacity >= size }
            if list.count < before {
                reasons.append(.init(message: "rooms with fewer than \(size) seats are excluded (room capacity rule)", location: rule.location))
            }
        }
        return list
    }

    mutating func buildCandidates() {
        let P = problem.periodCount
        let T = problem.trainerCount, R = problem.roomCount
        let trainerOK: [[Bool]] = programme.trainers.map { t in
            (0..<P).map { isOpen($0, available: t.available, unavailable: t.unavailable) }
        }
        let sessionOK: [[Bool]] = programme.sessions.map { s in
            (0..<P).map { isOpen($0, available: s.allowed, unavailable: s.unavailable) }
        }
        let cohortOK: [[Bool]] = programme.cohorts.map { c in
            (0..<P).map { p in
                let date = problem.dates[problem.periods[p].day]
                return !c.travelDays.contains { $0.date == date } && isOpen(p, available: c.rhythm, unavailable: [])
            }
        }
        // Venue required by each cohort on each day: -1 any, -2 absent, else the stay's venue.
        let stayVenue: [[Int]] = programme.cohorts.map { c in
            problem.dates.map { date in
                if c.stays.isEmpty { return -1 }
                guard let stay = c.stays.first(where: { date >= $0.from && date <= $0.to }) else { return -2 }
                return venueIndex[stay.venue] ?? -1
            }
        }
        let firstOfDay = programme.rules.compactMap { r -> (String, SourceLocation)? in
            if case .firstOfDay(let s) = r.kind { return (s, r.location) } else { return nil }
        }
        let lastOfDay = programme.rules.compactMap { r -> (String, SourceLocation)? in
            if case .lastOfDay(let s) = r.kind { return (s, r.location) } else { return nil }
        }
        let capacityWeight: Int = {
            let stated = programme.preferences.filter { $0.kind == .roomCapacity }
            if !stated.isEmpty { return stated.reduce(0) { $0 + $1.weight } }
            return programme.rules.contains { $0.kind == .roomCapacity } ? 0 : Preference.defaultWeight(of: .roomCapacity)
        }()
        var candidateAt = [Int32](repeating: -1, count: problem.eventCount * P)
        let roomOpen = problem.roomOpenPrefix

        for e in 0..<problem.eventCount {
            let s = Int(problem.eventSession[e])
            let session = programme.sessions[s]
            let occurrence = Int(problem.eventOccurrence[e])
            var reasons = eventProblems[e]
            let size = Int(problem.participants[e])
            let fixedTrainers = (Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]))
                .map { Int(problem.fixedResources[$0]) }.filter { $0 < T }
            let cohorts = (Int(problem.cohortOffsets[e])..<Int(problem.cohortOffsets[e + 1])).map { Int(problem.eventCohorts[$0]) }
            let pool = (Int(problem.poolOffsets[e])..<Int(problem.poolOffsets[e + 1])).map { Int(problem.poolTrainers[$0]) }
            let rooms = self.rooms(for: session, size: size, reasons: &reasons)

            var spans = spans(for: session.duration)
            if spans.isEmpty {
                reasons.append(.init(message: "no opening window holds its duration", location: session.location))
            }
            func keep(_ message: String, _ location: SourceLocation, _ ok: (Int, Int) -> Bool) {
                let before = spans.count
                spans = spans.filter { ok($0.0, $0.1) }
                if spans.count < before { reasons.append(.init(message: message, location: location)) }
            }
            func all(_ table: [Bool], _ p: Int, _ n: Int) -> Bool { (p..<(p + n)).allSatisfy { table[$0] } }

            keep("the session's allowed and unavailable times exclude some starts", session.allowed.first?.location ?? session.location) {
                all(sessionOK[s], $0, $1)
            }
            for t in fixedTrainers {
                keep("trainer \(programme.trainers[t].name) is not available at some times", programme.trainers[t].location) {
                    all(trainerOK[t], $0, $1)
                }
            }
            if !pool.isEmpty {
                keep("no trainer of the pool is available at some times", session.location) { p, n in
                    pool.contains { all(trainerOK[$0], p, n) }
                }
            }
            for c in cohorts {
                let cohort = programme.cohorts[c]
                keep("cohort \(cohort.name) is not taught at some times (weekly rhythm or travel days)", cohort.location) {
                    all(cohortOK[c], $0, $1)
                }
                keep("cohort \(cohort.name) has no stay on some dates", cohort.stays.first?.location ?? cohort.location) { p, _ in
                    stayVenue[c][problem.periods[p].day] != -2
                }
            }
            func requiredVenue(_ p: Int) -> Int {
                var v = -1
                for c in cohorts {
                    let w = stayVenue[c][problem.periods[p].day]
                    if w >= 0 { if v >= 0 && v != w { return -2 } else { v = w } }
                }
                return v
            }
            keep("its cohorts stay at different venues on some dates", session.location) { p, _ in requiredVenue(p) != -2 }
            func roomUsable(_ r: Int, _ p: Int, _ n: Int, _ venue: Int) -> Bool {
                roomOpen[r * (P + 1) + p + n] - roomOpen[r * (P + 1) + p] == n && (venue < 0 || Int(problem.roomVenue[r]) == venue)
            }
            func openVenue(_ p: Int, _ n: Int, _ venue: Int) -> Int? {
                venues.indices.first { v in (venue < 0 || v == venue) && all(venueOpen[v], p, n) }
            }
            if R > 0 {
                keep("no candidate room is open at some times (or at the cohort's venue)", session.location) { p, n in
                    let v = requiredVenue(p)
                    return rooms.contains { roomUsable($0, p, n, v) }
                }
            } else {
                keep("no venue is open at some times", session.location) { p, n in openVenue(p, n, requiredVenue(p)) != nil }
            }
            if occurrence <= session.pins.count {
                let pin = session.pins[occurrence - 1]
                keep("occurrence \(occurrence) is pinned to \(pin.date) \(pin.time)", pin.location) { p, _ in
                    problem.dates[problem.periods[p].day] == pin.date && problem.periods[p].start == pin.time
                }
            }
            if let dates = ritualDates[s], let (time, location) = ritualTime[s], occurrence <= dates.count {
                let date = dates[occurrence - 1]
                keep("daily ritual on \(date) at \(time)", location) { p, _ in
                    problem.dates[problem.periods[p].day] == date && problem.periods[p].start == time
                }
            }
            for (id, location) in firstOfDay where id == session.id {
                keep("it must start when the day opens", location) { p, _ in p == 0 || problem.periods[p - 1].day != problem.periods[p].day }
            }
            for (id, location) in lastOfDay where id == session.id {
                keep("it must end when the day closes", location) { p, n in
                    p + n == P || problem.periods[p + n].day != problem.periods[p + n - 1].day
                }
            }
            if R > 0, rooms.isEmpty {
                spans = []
                reasons.append(.init(message: "no room is left for it", location: session.location))
            }
            if spans.isEmpty {
                reasons += closureReasons(session: session, occurrence: occurrence, cohorts: cohorts, trainers: fixedTrainers)
            }
            if spans.isEmpty || !eventProblems[e].isEmpty {
                failures.append(UnplaceableEvent(session: session.id, occurrence: occurrence, reasons: reasons))
            }

            // Store the domain.
            let width = max(1, pool.count)
            problem.choiceBase.append(Int32(problem.choiceAllowed.count))
            problem.choiceWidth.append(Int32(width))
            for (c, (p, n)) in spans.enumerated() {
                candidateAt[e * P + p] = Int32(c)
                problem.candPeriod.append(Int32(p))
                problem.candLength.append(Int32(n))
                let v = requiredVenue(p)
                problem.candVenue.append(Int32(R > 0 ? v : (v >= 0 ? v : openVenue(p, n, v) ?? -1)))
                for k in 0..<width {
                    let trainer = pool.isEmpty ? nil : pool[k]
                    let allowed = trainer.map { all(trainerOK[$0], p, n) } ?? true
                    problem.choiceAllowed.append(allowed ? 1 : 0)
                    problem.choiceCost.append(Int32(timeCost(session: session, trainers: fixedTrainers + (trainer.map { [$0] } ?? []), p, n)))
                }
            }
            problem.candOffsets.append(Int32(problem.candPeriod.count))
            for r in rooms {
                problem.roomList.append(Int32(r))
                problem.roomCost.append(Int32(capacityWeight * max(0, size - programme.rooms[r].capacity)))
            }
            problem.roomOffsets.append(Int32(problem.roomList.count))
        }
        problem.candidateAt = candidateAt
    }

    /// Unary soft cost of placing `session` at `(p, n)` with `trainers`: time preferences and `early`.
    func timeCost(session: Session, trainers: [Int], _ p: Int, _ n: Int) -> Int {
        var cost = 0
        func applies(_ trainer: String?, _ sessionID: String?) -> Bool {
            if let sessionID, sessionID != session.id { return false }
            if let trainer { return trainers.contains { programme.trainers[$0].id == trainer } }
            return true
        }
        for preference in programme.preferences {
            switch preference.kind {
            case .preferredTimes(let trainer, let sessionID, let times) where applies(trainer, sessionID):
                if !(p..<(p + n)).allSatisfy({ isOpen($0, available: times, unavailable: []) }) { cost += preference.weight }
            case .avoidTimes(let trainer, let sessionID, let times) where applies(trainer, sessionID):
                if (p..<(p + n)).contains(where: { !isOpen($0, available: [], unavailable: times) }) { cost += preference.weight }
            case .early(let sessionID) where applies(nil, sessionID):
                cost += preference.weight * (p - problem.windows[problem.periods[p].window].firstPeriod)
            default:
                break
            }
        }
        return cost
    }
}
