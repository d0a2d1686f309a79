import Curriculum
import Timetabling

extension PlantedGenerator {
    /// Cohorts taught on a campus (two windows a day, 30-minute grain, French holidays), lecture →
    /// lab pairs with the lab 30 minutes away, one part-time trainer (Tuesdays and Thursdays), a
    /// busy date per trainer, and per cohort a sequence that ends with a revision morning and an
    /// exam on the last two dates.
    func intensive(_ rng: inout SeededGenerator) -> (Programme, WitnessBook) {
        let cohortCount = max(2, occurrences / 30)
        let perCohort = max(4, (occurrences + cohortCount - 1) / cohortCount)
        // About two occurrences per window used, two windows a date.
        let dates = Int((Double(perCohort) / (4 * max(0.3, slack.fill))).rounded(.up)) + 2
        let weeks = max(1, (dates + 4) / 5 + 1)
        let starts = [LocalDate(year: 2025, month: 4, day: 28), LocalDate(year: 2025, month: 5, day: 26), LocalDate(year: 2025, month: 11, day: 3)]
        let start = starts[rng.below(starts.count)]
        let windows = [
            TimeWindow(name: "morning", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 12, minute: 30)),
            TimeWindow(name: "afternoon", start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 17, minute: 30)),
        ]
        let calendar = ProgrammeCalendar(
            start: start, end: start.adding(days: weeks * 7 - 3), grain: .minutes(30), windows: windows,
            closures: [Closure(kind: .publicHolidays(country: .france, region: nil))])
        let venues = [
            Venue(id: "campus", name: "Campus", country: .france, timezone: "Europe/Paris", travel: [TravelTime(venue: "lab", minutes: 30)]),
            Venue(id: "lab", name: "Laboratory", country: .france, timezone: "Europe/Paris", travel: [TravelTime(venue: "campus", minutes: 30)]),
        ]
        let cohorts = (0..<cohortCount).map { Cohort(id: "c\($0)", name: "Cohort \($0 + 1)", size: 10 + rng.below(15)) }
        let extraRooms = slack == .none ? 0 : 1 + cohortCount / 3
        var rooms = (0..<cohortCount).map { Room(id: "room\($0)", name: "Room \($0 + 1)", venue: "campus", capacity: 24 + rng.below(7)) }
        rooms += (0..<extraRooms).map { Room(id: "room\(cohortCount + $0)", name: "Room \(cohortCount + $0 + 1)", venue: "campus", capacity: 12 + rng.below(19)) }
        let labs = (0..<max(1, cohortCount / 3)).map { Room(id: "lab\($0)", name: "Lab \($0 + 1)", venue: "lab", capacity: 30) }
        let trainerCount = cohortCount + 2 + (slack == .loose ? cohortCount / 2 : 0)
        let trainerIDs = (0..<trainerCount).map { "t\($0)" }
        let partTime: Set<Weekday> = [.tuesday, .thursday]

        let draft = Programme(id: programmeID, title: "Planted intensive course", calendar: calendar, venues: venues, sessions: [])
        let open = TeachingCalendar(programme: draft).openWindows(venue: "campus")
        let teachingDates = open.reduce(into: [LocalDate]()) { if $0.last != $1.date { $0.append($1.date) } }
        var book = WitnessBook(venues: venues)
        var sessions: [Session] = []
        var rules: [Rule] = []
        var sessionTrainer: [String] = []
        var sessionCohort: [Int] = []
        /// Open session by (cohort, duration): index into `sessions`, occurrences left.
        var openSession: [Int: [Int: (index: Int, left: Int)]] = [:]
        var pairsLeft = Array(repeating: 5, count: cohortCount)
        var placed = Array(repeating: 0, count: cohortCount)

        func eligible(_ t: Int, _ date: LocalDate) -> Bool { t != 0 || partTime.contains(date.weekday) }
        func freeTrainer(_ date: LocalDate, _ s: TimeOfDay, _ e: TimeOfDay, venue: String, rng: inout SeededGenerator) -> Int? {
            PlantedGenerator.shuffled(Array(0..<trainerCount), &rng).first {
                eligible($0, date) && book.isFree(trainerIDs[$0], date, s, e, venue: venue)
            }
        }
        func freeRoom(_ list: [Room], _ c: Int, _ date: LocalDate, _ s: TimeOfDay, _ e: TimeOfDay, rng: inout SeededGenerator) -> Room? {
            PlantedGenerator.shuffled(list, &rng).first {
                $0.capacity >= cohorts[c].size && book.isFree($0.id, date, s, e, venue: $0.venue)
            }
        }
        /// Books a one-off session; nil when no room or trainer is free.
        func single(_ title: String, _ c: Int, _ date: LocalDate, _ s: TimeOfDay, _ minutes: Int, in list: [Room], rng: inout SeededGenerator) -> String? {
            let e = TimeOfDay(minutes: s.minutes + minutes)
            guard book.isFree(cohorts[c].id, date, s, e, venue: list[0].venue),
                  let room = freeRoom(list, c, date, s, e, rng: &rng),
                  let t = freeTrainer(date, s, e, venue: room.venue, rng: &rng) else { return nil }
            let id = "s\(sessions.count)"
            sessions.append(Session(id: id, title: "\(title) (\(cohorts[c].name))", duration: .minutes(minutes), trainers: [trainerIDs[t]], cohorts: [cohorts[c].id]))
            sessionTrainer.append(trainerIDs[t])
            sessionCohort.append(c)
            book.book(.init(session: id, occurrence: 1, date: date, start: s, end: e, venue: room.venue, room: room.id, trainers: [trainerIDs[t]], cohorts: [cohorts[c].id]))
            placed[c] += 1
            return id
        }
        /// Books one occurrence of a course of `minutes`, continuing the cohort's open course of that length when its trainer is free.
        func course(_ c: Int, _ date: LocalDate, _ s: TimeOfDay, _ minutes: Int, rng: inout SeededGenerator) {
            let e = TimeOfDay(minutes: s.minutes + minutes)
            guard book.isFree(cohorts[c].id, date, s, e, venue: "campus"),
                  let room = freeRoom(rooms, c, date, s, e, rng: &rng) else { return }
            var index: Int
            if let current = openSession[c]?[minutes], current.left > 0,
               let t = trainerIDs.firstIndex(of: sessionTrainer[current.index]), eligible(t, date),
               book.isFree(sessionTrainer[current.index], date, s, e, venue: "campus") {
                index = current.index
                openSession[c]![minutes] = (index, current.left - 1)
                sessions[index].occurrences += 1
            } else {
                guard let t = freeTrainer(date, s, e, venue: "campus", rng: &rng) else { return }
                index = sessions.count
                sessions.append(Session(id: "s\(index)", title: "Course \(index + 1)", duration: .minutes(minutes), trainers: [trainerIDs[t]], cohorts: [cohorts[c].id]))
                sessionTrainer.append(trainerIDs[t])
                sessionCohort.append(c)
                openSession[c, default: [:]][minutes] = (index, rng.below(3))
            }
            book.book(.init(session: sessions[index].id, occurrence: sessions[index].occurrences, date: date, start: s, end: e, venue: "campus", room: room.id, trainers: [sessionTrainer[index]], cohorts: [cohorts[c].id]))
            placed[c] += 1
        }

        // The last two dates: revision, then the exam (nothing else for the cohort on the exam date).
        var closing: [Int: (revision: String, exam: String)] = [:]
        if teachingDates.count >= 3 {
            let examDate = teachingDates[teachingDates.count - 1], revisionDate = teachingDates[teachingDates.count - 2]
            for c in 0..<cohortCount {
                if let exam = single("Exam", c, examDate, TimeOfDay(hour: 9), 180, in: rooms, rng: &rng),
                   let revision = single("Revision", c, revisionDate, TimeOfDay(hour: 9), 210, in: rooms, rng: &rng) {
                    closing[c] = (revision, exam)
                    rules.append(Rule(.lastOfProgramme(session: exam)))
                }
            }
        }
        let examDate = teachingDates.count >= 3 ? teachingDates.last : nil
        for date in teachingDates where date != examDate {
            let windowsOfDate = open.filter { $0.date == date }
            for c in PlantedGenerator.shuffled(Array(0..<cohortCount), &rng) where placed[c] < perCohort {
                // A lecture → lab pair: the lecture opens the morning, the lab fills the afternoon.
                var morningFrom = windowsOfDate.first?.start
                if pairsLeft[c] > 0, windowsOfDate.count == 2, rng.unit() < 0.3,
                   book.isFree(cohorts[c].id, date, windowsOfDate[0].start, windowsOfDate[1].end, venue: "campus") {
                    let minutes = [90, 120][rng.below(2)]
                    if let lecture = single("Lecture", c, date, windowsOfDate[0].start, minutes, in: rooms, rng: &rng) {
                        if let lab = single("Lab", c, date, windowsOfDate[1].start, 210, in: labs, rng: &rng) {
                            sessions[sessions.count - 1].rooms = labs.map(\.id)
                            rules.append(Rule(.sameDay(sessions: [lecture, lab])))
                            pairsLeft[c] -= 1
                        }
                        morningFrom = TimeOfDay(minutes: windowsOfDate[0].start.minutes + minutes)
                    }
                }
                for (w, window) in windowsOfDate.enumerated() {
                    let from = w == 0 ? morningFrom ?? window.start : window.start
                    let length = window.end.minutes - from.minutes
                    guard length >= 60 else { continue }
                    let r = rng.unit()
                    let parts: [Int]
                    if r < slack.fill { parts = PlantedGenerator.compose(length, &rng) }
                    else if r < slack.fill + (1 - slack.fill) / 2 { parts = Array(PlantedGenerator.compose(length, &rng).dropLast()) }
                    else { continue }
                    var cursor = from.minutes
                    for minutes in parts {
                        course(c, date, TimeOfDay(minutes: cursor), minutes, rng: &rng)
                        cursor += minutes
                    }
                }
            }
        }
        // A sequence per cohort along the drawn order, ending with revision and exam.
        let spans = book.spans()
        let closingIDs = Set(closing.values.flatMap { [$0.revision, $0.exam] })
        for c in 0..<cohortCount {
            var chain: [String] = []
            var lastEnd = Int.min
            let own = sessions.indices.filter { sessionCohort[$0] == c && !closingIDs.contains(sessions[$0].id) }
                .sorted { spans[sessions[$0].id]!.first < spans[sessions[$1].id]!.first }
            for i in own where rng.unit() < 0.6 {
                let span = spans[sessions[i].id]!
                guard span.first >= lastEnd else { continue }
                chain.append(sessions[i].id)
                lastEnd = span.last
            }
            if let closing = closing[c] { chain += [closing.revision, closing.exam] }
            if chain.count >= 2 { rules.append(Rule(.sequence(sessions: chain, minGapDays: nil))) }
        }
        // Trainers: the part-time one on Tuesdays and Thursdays; each may be away on a date without teaching.
        let trainers = trainerIDs.enumerated().map { t, id -> Trainer in
            let free = teachingDates.filter { !book.isBusy(id, on: $0) }
            let away = rng.unit() < 0.7 && !free.isEmpty ? [TimeSpec(dates: [free[rng.below(free.count)]])] : []
            return Trainer(id: id, name: "Trainer \(t + 1)", available: t == 0 ? [TimeSpec(weekdays: [.tuesday, .thursday])] : [], unavailable: away)
        }
        let programme = Programme(
            id: programmeID, title: "Planted intensive course", calendar: calendar, venues: venues, rooms: rooms + labs,
            trainers: trainers, cohorts: cohorts, sessions: sessions, rules: rules + [Rule(.roomCapacity)],
            preferences: [Preference(.compactness(cohort: nil), weight: 1), Preference(.roomStability, weight: 1)])
        return (programme, book)
    }
}
