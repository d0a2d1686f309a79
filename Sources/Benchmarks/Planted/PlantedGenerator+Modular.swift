import Curriculum
import Timetabling

extension PlantedGenerator {
    /// Cohorts that stay at one site and then the other (Italian and French holidays, a travel day
    /// between), each on a weekly rhythm of half-days with a weekly load as drawn, taught module by
    /// module (theory half-days, field days, meetings without a trainer), each module inside the
    /// weeks it was drawn in; half-day grain.
    func modular(_ rng: inout SeededGenerator) -> (Programme, WitnessBook) {
        let cohortCount = max(1, occurrences / 60)
        let perCohort = max(3, (occurrences + cohortCount - 1) / cohortCount)
        let weeks = max(2, Int((Double(perCohort) * 1.2 / (4.5 * slack.fill)).rounded(.up)) + 2)
        let starts = [LocalDate(year: 2023, month: 10, day: 30), LocalDate(year: 2025, month: 3, day: 31)]
        let start = starts[rng.below(starts.count)]
        let end = start.adding(days: weeks * 7 - 3)
        let firstLeg = max(1, weeks / 3)
        let travelDate = start.adding(days: firstLeg * 7 - 3)
        let windows = [
            TimeWindow(name: "morning", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 12, minute: 30)),
            TimeWindow(name: "afternoon", start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 17, minute: 30)),
        ]
        let calendar = ProgrammeCalendar(
            start: start, end: end, grain: .window, windows: windows,
            closures: [
                Closure(kind: .publicHolidays(country: .italy, region: nil), venue: "ravenna"),
                Closure(kind: .publicHolidays(country: .france, region: nil), venue: "cluny"),
            ])
        let venues = [
            Venue(id: "ravenna", name: "Ravenna", country: .italy, timezone: "Europe/Rome", travel: [TravelTime(venue: "cluny", minutes: 600)]),
            Venue(id: "cluny", name: "Cluny", country: .france, timezone: "Europe/Paris", travel: [TravelTime(venue: "ravenna", minutes: 600)]),
        ]
        let rhythms: [[TimeSpec]] = [
            [TimeSpec(weekdays: [.wednesday], windows: ["afternoon"]), TimeSpec(weekdays: [.thursday, .friday])],
            [TimeSpec(weekdays: [.monday, .tuesday]), TimeSpec(weekdays: [.wednesday], windows: ["morning"])],
            [TimeSpec(weekdays: [.tuesday, .thursday])],
        ]
        var rooms: [Room] = []
        for venue in venues {
            rooms += (0..<cohortCount).map { Room(id: "\(venue.id)-\($0)", name: "\(venue.name) room \($0 + 1)", venue: venue.id, capacity: 30) }
        }
        var cohorts: [Cohort] = []
        for c in 0..<cohortCount {
            let (a, b) = c % 2 == 0 ? ("ravenna", "cluny") : ("cluny", "ravenna")
            cohorts.append(Cohort(
                id: "promo\(c)", name: "Promotion \(c + 1)", size: 12 + rng.below(14),
                stays: [Stay(venue: a, from: start, to: travelDate.adding(days: -1)), Stay(venue: b, from: travelDate.adding(days: 1), to: end)],
                travelDays: [TravelDay(date: travelDate, from: a, to: b)], rhythm: rhythms[rng.below(rhythms.count)]))
        }
        let draft = Programme(id: programmeID, title: "Planted modular programme", calendar: calendar, venues: venues, sessions: [])
        let teaching = TeachingCalendar(programme: draft)
        var book = WitnessBook(venues: venues)
        var sessions: [Session] = []
        var modules: [Module] = []
        var rules: [Rule] = []
        var trainers: [Trainer] = []

        for c in 0..<cohortCount {
            var cohort = cohorts[c]
            // The cohort's half-days: its stay's venue open, inside its rhythm, not on its travel day.
            let slots = cohort.stays.flatMap { stay in
                teaching.openWindows(venue: stay.venue).filter { w in
                    w.date >= stay.from && w.date <= stay.to && w.date != travelDate
                        && cohort.rhythm.contains { $0.contains(date: w.date, window: w.window, startTime: w.start, endTime: w.end) }
                }.map { (stay.venue, $0) }
            }
            let byWeek = Dictionary(grouping: slots.indices, by: { slots[$0].1.date.mondayOfWeek })
            let mondays = byWeek.keys.sorted()
            var taughtByWeek: [LocalDate: Int] = [:]
            var w = 0
            var placed = 0
            while w < mondays.count, placed < perCohort {
                let span = 1 + rng.below(slack == .none ? 2 : 3)
                let moduleWeeks = Array(mondays[w..<min(mondays.count, w + span)])
                w += span
                let moduleID = "m\(modules.count)"
                let trainerID = "t\(trainers.count)"
                var kinds: [String: (index: Int, left: Int)] = [:]
                var used: [LocalDate] = []
                var i = 0
                let indices = moduleWeeks.flatMap { byWeek[$0]!.sorted() }
                while i < indices.count, placed < perCohort {
                    let (venue, slot) = slots[indices[i]]
                    let next = i + 1 < indices.count ? slots[indices[i + 1]].1 : nil
                    guard rng.unit() < slack.fill else { i += 1; continue }
                    let isDay = next?.date == slot.date && rng.below(4) == 0
                    let kind = isDay ? "field" : (rng.below(3) == 0 ? "actors" : "theory")
                    let room = "\(venue)-\(c)"
                    var index: Int
                    if let current = kinds[kind], current.left > 0, sessions[current.index].rooms.first?.hasPrefix(venue) == true {
                        index = current.index
                        kinds[kind] = (index, current.left - 1)
                        sessions[index].occurrences += 1
                    } else {
                        index = sessions.count
                        let title = switch kind {
                        case "field": "Field day \(index + 1)"
                        case "actors": "Meeting local actors \(index + 1)"
                        default: "Theory \(index + 1)"
                        }
                        sessions.append(Session(
                            id: "s\(index)", title: title, module: moduleID, duration: isDay ? .days(1) : .windows(1),
                            trainers: kind == "actors" ? [] : [trainerID], rooms: rooms.filter { $0.venue == venue }.map(\.id),
                            cohorts: [cohort.id]))
                        kinds[kind] = (index, rng.below(4))
                    }
                    let endTime = isDay ? next!.end : slot.end
                    book.book(.init(
                        session: sessions[index].id, occurrence: sessions[index].occurrences, date: slot.date, start: slot.start, end: endTime,
                        venue: venue, room: room, trainers: sessions[index].trainers, cohorts: [cohort.id]))
                    taughtByWeek[slot.date.mondayOfWeek, default: 0] += isDay ? 2 : 1
                    used.append(slot.date)
                    placed += 1
                    i += isDay ? 2 : 1
                }
                guard let first = used.first, let last = used.last else { continue }
                modules.append(Module(id: moduleID, title: "Module \(modules.count + 1)"))
                let drawnWeeks = (last.mondayOfWeek.dayNumber - first.mondayOfWeek.dayNumber) / 7 + 1
                rules.append(Rule(.moduleWithinWeeks(module: moduleID, weeks: drawnWeeks + (slack == .loose ? 1 : 0))))
                if sessions.contains(where: { $0.module == moduleID && $0.trainers == [trainerID] }) {
                    trainers.append(Trainer(id: trainerID, name: "Trainer \(trainers.count + 1)", available: [TimeSpec(from: max(start, first.mondayOfWeek), to: min(end, last.mondayOfWeek.adding(days: 6)))]))
                }
            }
            // The weekly load as drawn: at most the busiest week, at least what every week not taught in full holds.
            let open = Dictionary(grouping: slots, by: { $0.1.date.mondayOfWeek }).mapValues(\.count)
            let maximum = taughtByWeek.values.max() ?? 0
            let short = open.keys.sorted().filter { (taughtByWeek[$0] ?? 0) < open[$0]! }.map { taughtByWeek[$0] ?? 0 }
            let minimum = short.min() ?? maximum
            if maximum > 0 { cohort.weeklyLoad = WeeklyLoad(minimum: minimum > 0 ? minimum : nil, maximum: maximum) }
            cohorts[c] = cohort
        }
        let programme = Programme(
            id: programmeID, title: "Planted modular programme", calendar: calendar, venues: venues, rooms: rooms, trainers: trainers,
            cohorts: cohorts, modules: modules, sessions: sessions, rules: rules + [Rule(.roomCapacity)],
            preferences: [Preference(.roomStability, weight: 1), Preference(.evenWeeklyLoad(cohort: nil), weight: 1)])
        return (programme, book)
    }
}
