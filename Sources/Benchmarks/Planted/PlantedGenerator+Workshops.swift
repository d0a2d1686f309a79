import Curriculum
import Timetabling

extension PlantedGenerator {
    /// Many teams, each following a series of six 2-hour workshops in order with a minimum gap of
    /// days, at the venue it stays at (each venue with its own weekdays and hours), on its weekly
    /// rhythm, run by one trainer of its pool; trainers away on the weekdays they were not drawn on.
    func workshops(_ rng: inout SeededGenerator) -> (Programme, WitnessBook) {
        let teamCount = max(1, (occurrences + 5) / 6)
        let venueCount = min(6, max(2, teamCount / 4))
        let gap = slack == .none || slack == .tight ? 7 : [2, 3, 7][rng.below(3)]
        let weeks = Int((6.0 * Double(max(gap, 3)) / 7 / slack.fill).rounded(.up)) + 3 + teamCount / (venueCount * 3)
        let start = LocalDate(year: 2023, month: 9, day: 25)
        let hours: [[TimeWindow]] = [
            [TimeWindow(name: "morning", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 12)), TimeWindow(name: "afternoon", start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 18))],
            [TimeWindow(name: "afternoon", start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 18)), TimeWindow(name: "evening", start: TimeOfDay(hour: 18), end: TimeOfDay(hour: 21))],
            [TimeWindow(name: "morning", start: TimeOfDay(hour: 10), end: TimeOfDay(hour: 12, minute: 30)), TimeWindow(name: "afternoon", start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 18))],
        ]
        let allDays: [Weekday] = [.monday, .tuesday, .wednesday, .thursday, .friday, .saturday]
        var venues: [Venue] = []
        for v in 0..<venueCount {
            let days = Array(PlantedGenerator.shuffled(allDays, &rng).prefix(4 + rng.below(3))).sorted { $0.index < $1.index }
            let travel = (0..<venueCount).filter { $0 != v }.map { TravelTime(venue: "venue\($0)", minutes: 15) }
            venues.append(Venue(id: "venue\(v)", name: "Venue \(v + 1)", country: .france, timezone: "Europe/Paris",
                                windows: hours[rng.below(hours.count)], weekdays: days, travel: travel))
        }
        var rooms: [Room] = []
        for venue in venues {
            rooms += (0..<(1 + rng.below(2))).map { Room(id: "\(venue.id)-room\($0)", name: "\(venue.name) room \($0 + 1)", venue: venue.id, capacity: 6 + rng.below(11)) }
        }
        let calendar = ProgrammeCalendar(
            start: start, end: start.adding(days: weeks * 7 - 2), weekdays: allDays, grain: .minutes(30),
            windows: hours[0], closures: [Closure(kind: .publicHolidays(country: .france, region: nil))])
        let draft = Programme(id: programmeID, title: "Planted workshop series", calendar: calendar, venues: venues, sessions: [])
        let teaching = TeachingCalendar(programme: draft)
        let openByVenue = Dictionary(uniqueKeysWithValues: venues.map { ($0.id, teaching.openWindows(venue: $0.id)) })
        let poolSize = 4
        let trainerCount = max(poolSize, (teamCount + 2) / 3)
        let trainerIDs = (0..<trainerCount).map { "adviser\($0)" }
        var book = WitnessBook(venues: venues)
        var cohorts: [Cohort] = []
        var sessions: [Session] = []
        var rules: [Rule] = []
        var placed = 0

        for t in 0..<teamCount {
            let venue = venues[rng.below(venueCount)]
            let size = 2 + rng.below(5)
            let fitting = rooms.filter { $0.venue == venue.id && $0.capacity >= size }
            guard !fitting.isEmpty else { continue }
            let rhythmDays = Array(PlantedGenerator.shuffled(venue.weekdays ?? allDays, &rng).prefix(2))
            let window = (venue.windows ?? hours[0])[rng.below(2)]
            let rhythm = [TimeSpec(weekdays: rhythmDays.sorted { $0.index < $1.index }, windows: [window.name])]
            let team = Cohort(id: "team\(t)", name: "Team \(t + 1)", size: size,
                              stays: [Stay(venue: venue.id, from: calendar.start, to: calendar.end)], rhythm: rhythm)
            let firstAdviser = (t * poolSize) % trainerCount
            let pool = (0..<poolSize).map { trainerIDs[(firstAdviser + $0) % trainerCount] }
            let slots = openByVenue[venue.id]!.filter { w in rhythm.contains { $0.contains(date: w.date, window: w.window, startTime: w.start, endTime: w.end) } }
            var series: [String] = []
            var dates: [LocalDate] = []
            var i = 0
            while series.count < 6, placed < occurrences, i < slots.count {
                let slot = slots[i]
                i += 1
                if let previous = dates.last, slot.date.dayNumber - previous.dayNumber < gap { continue }
                guard rng.unit() < max(0.5, slack.fill) else { continue }
                let offsets = stride(from: slot.start.minutes, through: slot.end.minutes - 120, by: 30).map { $0 }
                for s in PlantedGenerator.shuffled(offsets, &rng) {
                    let from = TimeOfDay(minutes: s), to = TimeOfDay(minutes: s + 120)
                    guard let room = PlantedGenerator.shuffled(fitting, &rng).first(where: { book.isFree($0.id, slot.date, from, to, venue: venue.id) }),
                          let adviser = PlantedGenerator.shuffled(pool, &rng).first(where: { book.isFree($0, slot.date, from, to, venue: venue.id) })
                    else { continue }
                    let id = "team\(t)-\(series.count + 1)"
                    sessions.append(Session(
                        id: id, title: "Workshop \(series.count + 1)", category: "workshop", duration: .minutes(120),
                        trainerPool: pool, rooms: fitting.map(\.id), cohorts: [team.id]))
                    book.book(.init(session: id, occurrence: 1, date: slot.date, start: from, end: to, venue: venue.id, room: room.id, trainers: [adviser], cohorts: [team.id]))
                    series.append(id)
                    dates.append(slot.date)
                    placed += 1
                    break
                }
            }
            guard !series.isEmpty else { continue }
            cohorts.append(team)
            if series.count >= 2 {
                let drawn = zip(dates, dates.dropFirst()).map { $1.dayNumber - $0.dayNumber }.min()!
                rules.append(Rule(.sequence(sessions: series, minGapDays: slack == .none ? drawn : gap)))
            }
        }
        let lastDate = book.entries.map(\.date).max() ?? calendar.end
        var programmeCalendar = calendar
        if slack == .none || slack == .tight {
            programmeCalendar.end = lastDate
            for i in cohorts.indices { cohorts[i].stays[0].to = lastDate }
        }
        // Advisers are away on a weekday they were never drawn on.
        let trainers = trainerIDs.enumerated().map { n, id -> Trainer in
            let days = Set(book.entries.filter { $0.trainers.contains(id) }.map(\.date.weekday))
            let free = allDays.filter { !days.contains($0) }
            let away = !free.isEmpty && rng.unit() < 0.7 ? [TimeSpec(weekdays: [free[rng.below(free.count)]])] : []
            return Trainer(id: id, name: "Adviser \(n + 1)", unavailable: away)
        }
        let programme = Programme(
            id: programmeID, title: "Planted workshop series", calendar: programmeCalendar, venues: venues, rooms: rooms,
            trainers: trainers, cohorts: cohorts, sessions: sessions, rules: rules + [Rule(.roomCapacity)],
            preferences: [Preference(.early(session: nil), weight: 1)])
        return (programme, book)
    }
}
