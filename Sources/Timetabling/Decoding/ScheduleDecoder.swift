public import Curriculum

/// Turns a solver result into a dated ``Schedule`` whose cost is the independent checker's.
public enum ScheduleDecoder {
    /// - Parameters:
    ///   - published: ISO 8601 UTC publication time (DTSTAMP of the feeds).
    ///   - seed: the seed that produced `result`, recorded for reproduction.
    public static func decode(_ result: SolveResult, problem: Problem, programme: Programme, published: String, seed: UInt64) -> Schedule {
        let a = result.assignment
        let P = problem.periodCount
        let venues = programme.venues.isEmpty ? [Venue(id: "", name: "", country: .france, timezone: "UTC")] : programme.venues
        var entries: [ScheduledOccurrence] = []
        for e in 0..<problem.eventCount where a.start[e] >= 0 {
            let session = programme.sessions[Int(problem.eventSession[e])]
            let p = a.start[e]
            let c = Int(problem.candidateAt[e * P + p])
            let index = Int(problem.candOffsets[e]) + max(0, c)
            let last = p + Int(problem.candLength[index]) - 1
            let first = problem.periods[p], end = problem.periods[last]
            let date = problem.dates[first.day], endDate = problem.dates[end.day]
            let v: Int = if a.room[e] >= 0 { Int(problem.roomVenue[a.room[e]]) } else { max(0, Int(problem.candVenue[index])) }
            let venue = venues[max(0, v)]
            var trainers = session.trainers
            if a.trainer[e] >= 0 { trainers.append(problem.trainerIDs[a.trainer[e]]) }
            let occurrence = Int(problem.eventOccurrence[e])
            entries.append(ScheduledOccurrence(
                key: "\(session.id)/\(occurrence)", session: session.id, occurrence: occurrence, title: session.title,
                module: session.module, date: date, startTime: first.start, endTime: end.end,
                start: iso(date, first.start, venue.timezone),
                end: iso(endDate, end.end, venue.timezone), timezone: venue.timezone, venue: venue.id,
                room: a.room[e] >= 0 ? problem.roomIDs[a.room[e]] : nil, trainers: trainers, cohorts: session.cohorts))
        }
        entries.sort { ($0.start.prefix(16), $0.session, $0.occurrence) < ($1.start.prefix(16), $1.session, $1.occurrence) }
        let blocks = programme.blocks.map {
            ScheduledBlock(id: $0.id, title: $0.title, from: $0.from, to: $0.to, venue: $0.venue, cohorts: $0.cohorts)
        }
        var schedule = Schedule(
            programme: programme.id, title: programme.title, language: programme.language, published: published, seed: seed,
            cost: ScheduleCost(hard: 0, soft: 0, penalties: []), entries: entries, blocks: blocks)
        schedule.cost = ScheduleChecker.check(schedule, programme: programme, calendar: problem.calendar)
        return schedule
    }

    /// ISO 8601 with the zone's offset at that local time (UTC offset 0 for an unknown zone).
    static func iso(_ date: LocalDate, _ time: TimeOfDay, _ zone: String) -> String {
        (ZonedDateTime(date: date, time: time, zone: zone) ?? ZonedDateTime(date: date, time: time, zone: "UTC"))?.iso8601
            ?? "\(date)T\(time):00Z"
    }
}
