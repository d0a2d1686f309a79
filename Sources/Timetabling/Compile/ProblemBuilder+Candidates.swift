import Curriculum

extension ProblemBuilder {
    /// Base spans `(first period, period count)` an occurrence of `duration` may take.
    func spans(for duration: SessionDuration) -> [(Int, Int)] {
        let P = problem.periodCount
        let windows = problem.windows
        switch duration {
        case .minutes(let m):
            if let g = grainMinutes {
                let length = max(1, (m + g - 1) / g)
                let nextAdjacent = problem.nextAdjacent, periodWindow = problem.periodWindow
                return (0..<P).compactMap { p in
                    var q = p
                    for _ in 1..<length {
                        let n = Int(nextAdjacent[q])
                        guard n >= 0, periodWindow[n] == periodWindow[p] else { return nil }
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

    /// Candidate rooms of a session for `size` participants, with the reasons when none is left: its
    /// own rooms, else every room with enough seats (every room when none has, or when overflow is a
    /// stated preference), then the ``RoomRestriction``s.
    func rooms(for session: Session, size: Int, rules: UnaryRules, reasons: inout [UnplaceableEvent.Reason]) -> [Int] {
        let all = Array(programme.rooms.indices)
        var list: [Int]
        if !session.rooms.isEmpty {
            list = session.rooms.compactMap { id in
                if let r = roomIndex[id] { return r }
                reasons.append(.init(message: "unknown room \(id)", location: session.location))
                return nil
            }
        } else if rules.overflowIsPreferred {
            list = all
        } else {
            list = all.filter { programme.rooms[$0].capacity >= size }
            if list.isEmpty { list = all }
        }
        for restriction in rules.roomRestrictions(participants: size) {
            let before = list.count
            list = list.filter { restriction.allows(room: $0) }
            if list.count < before { reasons.append(restriction.reason) }
        }
        return list
    }

    /// The hard unary rules that bind occurrence `occurrence` of session `s`, in the order their reasons are listed.
    func startRestrictions(
        session s: Int, occurrence: Int, trainers: [Int], pool: TrainerPool?, cohorts: [Int], rooms: [Int],
        venue: CommonVenue, venueOpen: VenueOpen?, rules: UnaryRules
    ) -> [any StartRestriction] {
        let session = programme.sessions[s]
        var list: [any StartRestriction] = [SessionTimes(session: session, open: rules.sessionOpen[s])]
        list += trainers.map { TrainerAvailability(trainer: programme.trainers[$0], available: rules.trainerAvailable[$0]) }
        if let pool { list.append(pool) }
        for c in cohorts {
            list.append(CohortRhythm(cohort: programme.cohorts[c], taught: rules.cohortTaught[c]))
            list.append(CohortStay(cohort: programme.cohorts[c], venueByDay: rules.cohortVenues[c], calendar: rules.calendar))
        }
        list.append(venue)
        if let venueOpen {
            list.append(venueOpen)
        } else {
            list.append(RoomOpen(session: session, rooms: rooms.map { rules.rooms[$0] }, venue: venue))
        }
        if let pin = session.pin(of: occurrence) {
            list.append(PinnedStart(occurrence: occurrence, pin: pin, calendar: rules.calendar))
        }
        if let dates = ritualDates[s], let (time, location) = ritualTime[s], occurrence <= dates.count {
            list.append(DailyRitual(date: dates[occurrence - 1], time: time, location: location, calendar: rules.calendar))
        }
        list += rules.firstOfDay.filter { $0.session == session.id }.map { FirstOfDay(location: $0.location, calendar: rules.calendar) }
        list += rules.lastOfDay.filter { $0.session == session.id }.map { LastOfDay(location: $0.location, calendar: rules.calendar) }
        return list
    }

    /// The soft unary time costs of an event: those of every pool choice, then those of each choice alone
    /// (a trainer's preference applies to the choices of that trainer when the trainer is not a fixed one).
    func startCosts(of session: Session, trainers: [Int], pool: [Int], rules: UnaryRules) -> (common: [any StartCost], byChoice: [[any StartCost]]) {
        let fixed = trainers.map { programme.trainers[$0].id }
        let choices = pool.map { programme.trainers[$0].id }
        var common: [any StartCost] = []
        var byChoice: [[any StartCost]] = Array(repeating: [], count: max(1, pool.count))
        func assign(_ cost: any StartCost, applies: ([String]) -> Bool) {
            if applies(fixed) { common.append(cost); return }
            for (k, id) in choices.enumerated() where applies([id]) { byChoice[k].append(cost) }
        }
        for preference in rules.preferredTimes { assign(preference) { preference.applies(to: session.id, trainers: $0) } }
        for preference in rules.avoidTimes { assign(preference) { preference.applies(to: session.id, trainers: $0) } }
        return (common, byChoice)
    }

    mutating func buildCandidates() {
        let P = problem.periodCount
        let T = problem.trainerCount, R = problem.roomCount
        let rules = UnaryRules(self)
        var spansOf: [SessionDuration: [(Int, Int)]] = [:]
        var candidateAt = [Int32](repeating: -1, count: problem.eventCount * P)

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
            var rooms = self.rooms(for: session, size: size, rules: rules, reasons: &reasons)
            if let pin = session.pin(of: occurrence), let room = pin.room {
                let restriction = PinnedRoom(occurrence: occurrence, pin: pin, room: room, index: roomIndex[room])
                let before = rooms.count
                rooms = rooms.filter { restriction.allows(room: $0) }
                if rooms.count < before { reasons.append(restriction.reason) }
            }

            if spansOf[session.duration] == nil { spansOf[session.duration] = spans(for: session.duration) }
            var spans = spansOf[session.duration]!
            if spans.isEmpty {
                reasons.append(.init(message: "no opening window holds its duration", location: session.location))
            }
            let trainerPool = rules.trainerPool(of: session, pool: pool)
            let venue = rules.commonVenue(of: session, cohorts: cohorts)
            let venueOpen = R > 0 ? nil : VenueOpen(session: session, open: rules.venueOpen, venue: venue)
            let restrictions = startRestrictions(
                session: s, occurrence: occurrence, trainers: fixedTrainers, pool: trainerPool, cohorts: cohorts, rooms: rooms,
                venue: venue, venueOpen: venueOpen, rules: rules)
            for restriction in restrictions {
                let before = spans.count
                spans.removeAll { !restriction.allows(start: $0.0, length: $0.1) }
                if spans.count < before { reasons.append(restriction.reason) }
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

            store(
                spans, of: e, candidateAt: &candidateAt, venue: venue, venueOpen: venueOpen, pool: trainerPool,
                costs: startCosts(of: session, trainers: fixedTrainers, pool: pool, rules: rules),
                early: rules.early.filter { $0.applies(to: session.id) }, rooms: rooms.map { (index: $0, venue: rules.rooms[$0].venue) },
                overflow: RoomCapacityOverflow(weight: rules.overflowWeight, participants: size, capacity: rules.roomCapacity))
        }
        problem.candidateAt = candidateAt
    }

    /// Appends event `e`'s domain to the problem: its candidate starts with their venue, the
    /// allowed pool choices and unary cost of each, then its candidate rooms with their cost. The
    /// ``Early`` costs go with the start when each start has one venue, else with (start, room).
    private mutating func store(
        _ spans: [(Int, Int)], of e: Int, candidateAt: inout [Int32], venue: CommonVenue, venueOpen: VenueOpen?, pool: TrainerPool?,
        costs: (common: [any StartCost], byChoice: [[any StartCost]]), early: [Early], rooms: [(index: Int, venue: Int)],
        overflow: RoomCapacityOverflow
    ) {
        let P = problem.periodCount
        let width = costs.byChoice.count
        let perRoom = !early.isEmpty && rooms.contains { $0.venue != rooms[0].venue }
        problem.choiceBase.append(Int32(problem.choiceAllowed.count))
        problem.choiceWidth.append(Int32(width))
        problem.roomStartBase.append(perRoom ? Int32(problem.roomStartCost.count) : -1)
        for (c, (p, n)) in spans.enumerated() {
            candidateAt[e * P + p] = Int32(c)
            problem.candPeriod.append(Int32(p))
            problem.candLength.append(Int32(n))
            let required = venue.venue(at: p)
            let v = venueOpen.map { required >= 0 ? required : $0.openVenue(start: p, length: n) ?? -1 } ?? required
            problem.candVenue.append(Int32(v))
            var common = costs.common.reduce(0) { $0 + $1.cost(start: p, length: n) }
            if perRoom {
                for room in rooms { problem.roomStartCost.append(Int32(early.reduce(0) { $0 + $1.cost(start: p, venue: room.venue) })) }
            } else {
                let at = v >= 0 || venueOpen != nil ? v : rooms.first?.venue ?? -1
                common += early.reduce(0) { $0 + $1.cost(start: p, venue: at) }
            }
            for k in 0..<width {
                let allowed = pool?.allows(choice: k, start: p, length: n) ?? true
                problem.choiceAllowed.append(allowed ? 1 : 0)
                problem.choiceCost.append(Int32(costs.byChoice[k].reduce(common) { $0 + $1.cost(start: p, length: n) }))
            }
        }
        problem.candOffsets.append(Int32(problem.candPeriod.count))
        for room in rooms {
            problem.roomList.append(Int32(room.index))
            problem.roomCost.append(Int32(overflow.cost(room: room.index)))
        }
        problem.roomOffsets.append(Int32(problem.roomList.count))
    }
}
