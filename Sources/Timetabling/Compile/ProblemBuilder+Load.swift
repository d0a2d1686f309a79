import Curriculum

extension ProblemBuilder {
    /// Whether cohort `c` may be taught during period `p`: not a travel day, inside a stay (and
    /// its venue open then) when stays are given, and inside the weekly rhythm.
    func cohortCanBeTaught(_ c: Int, at p: Int) -> Bool {
        let cohort = programme.cohorts[c]
        let date = problem.dates[problem.periods[p].day]
        if cohort.travelDays.contains(where: { $0.date == date }) { return false }
        if !cohort.stays.isEmpty {
            guard let stay = cohort.stays.first(where: { date >= $0.from && date <= $0.to }) else { return false }
            guard let v = venueIndex[stay.venue], venueOpen[v][p] else { return false }
        }
        return periodCalendar.isOpen(p, available: cohort.rhythm, unavailable: [])
    }

    /// Grid windows per ISO week in which cohort `c` may be taught (one of their periods suffices).
    func windowsPerWeek(of c: Int) -> [Int32] {
        var perWeek = [Int32](repeating: 0, count: problem.weekCount)
        for w in problem.windows where w.periodCount > 0 {
            let periods = w.firstPeriod..<(w.firstPeriod + w.periodCount)
            if periods.contains(where: { cohortCanBeTaught(c, at: $0) }) {
                perWeek[Int(problem.periodWeek[w.firstPeriod])] += 1
            }
        }
        return perWeek
    }
}

extension ProblemBuilder {
    /// The closures (holidays, breaks, imported dates) that removed a date on which `session`
    /// (for `cohorts`, with `trainers`, as occurrence `occurrence`) could otherwise have been taught,
    /// one reason each, e.g. `closed: 2023-12-08 Immacolata Concezione (ravenna)`.
    func closureReasons(session: Session, occurrence: Int, cohorts: [Int], trainers: [Int]) -> [UnplaceableEvent.Reason] {
        let roomVenues = session.rooms.compactMap { roomIndex[$0].map { programme.rooms[$0].venue } }
        let pin = session.pin(of: occurrence)?.date
        var seen: [LocalDate] = []
        var reasons: [UnplaceableEvent.Reason] = []
        for closure in calendar.closedDates where !seen.contains(closure.date) {
            let date = closure.date
            if let pin, pin != date { continue }
            let candidates = venues.filter { venue in
                closure.applies(to: venue.id) && (roomVenues.isEmpty || roomVenues.contains(venue.id))
            }
            let possible = candidates.contains { venue in
                guard (venue.weekdays ?? programme.calendar.weekdays).contains(date.weekday) else { return false }
                return (venue.windows ?? programme.calendar.windows).contains { w in
                    couldTeach(session, cohorts: cohorts, trainers: trainers, venue: venue.id, date: date, window: w)
                }
            }
            guard possible else { continue }
            seen.append(date)
            let place = closure.venue.map { " (\($0))" } ?? ""
            reasons.append(.init(message: "closed: \(date) \(closure.reason)\(place)", location: closure.source))
        }
        return reasons
    }

    /// Whether, were `venue` open in window `w` of `date`, the session's, trainers' and cohorts'
    /// own rules would leave some time of it (a loose test, for explanations only).
    private func couldTeach(_ session: Session, cohorts: [Int], trainers: [Int], venue: String, date: LocalDate, window w: TimeWindow) -> Bool {
        func allows(_ available: [TimeSpec], _ unavailable: [TimeSpec]) -> Bool {
            (available.isEmpty || available.contains { $0.overlaps(date: date, window: w.name, startTime: w.start, endTime: w.end) })
                && !unavailable.contains { $0.contains(date: date, window: w.name, startTime: w.start, endTime: w.end) }
        }
        guard allows(session.allowed, session.unavailable) else { return false }
        for t in trainers where !allows(programme.trainers[t].available, programme.trainers[t].unavailable) { return false }
        for c in cohorts {
            let cohort = programme.cohorts[c]
            if cohort.travelDays.contains(where: { $0.date == date }) { return false }
            if !cohort.stays.isEmpty, !cohort.stays.contains(where: { date >= $0.from && date <= $0.to && $0.venue == venue }) { return false }
            if !allows(cohort.rhythm, []) { return false }
        }
        return true
    }
}
