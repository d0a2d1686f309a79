import Curriculum
import Testing
@testable import Timetabling

/// DESIGN.md §6: the bundled programmes, solved with a fixed seed and budget, checked by the
/// independent checker and against the facts their curricula state.
@Suite struct BundledProgrammesTests {
    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso)! }
    static func time(_ text: String) -> TimeOfDay {
        let parts = text.split(separator: ":").map { Int($0)! }
        return TimeOfDay(hour: parts[0], minute: parts[1])
    }

    @Test func emancipAssoReproducesThePublishedProgramme() throws {
        let (_, schedule) = try BundledCurricula.solve("emancipasso-2023")
        #expect(schedule.cost.hard == 0, "\(schedule.cost.penalties.map(\.message))")
        #expect(schedule.cost.soft == 0)
        // The published programme (curriculum header): session, date, start, end, speakers.
        let published: [(String, String, String, String, [String])] = [
            ("installation", "2023-01-16", "13:30", "14:30", []),
            ("associative-world", "2023-01-16", "14:30", "17:30", ["yannick-blanc"]),
            ("look-back", "2023-01-17", "09:00", "09:30", []),
            ("pana", "2023-01-17", "09:30", "11:30", ["anne-laure-michel", "david-ratineau"]),
            ("funding", "2023-01-17", "11:30", "12:30", ["david-ratineau"]),
            ("strategic-dialogue", "2023-01-17", "14:00", "17:30", ["gaelle-payet", "elsa-da-silva"]),
            ("look-back", "2023-01-18", "09:00", "09:30", []),
            ("diagnosis", "2023-01-18", "09:30", "12:30", ["stephanie-lucien-brun"]),
            ("recommendations", "2023-01-18", "14:00", "17:30", ["stephanie-lucien-brun"]),
            ("look-back", "2023-01-19", "09:00", "09:30", []),
            ("user-support", "2023-01-19", "09:30", "12:30", ["pascal-gascoin"]),
            ("service-offer", "2023-01-19", "14:00", "17:30", ["jean-christophe-becquet"]),
            ("look-back", "2023-01-20", "09:00", "09:30", []),
            ("network", "2023-01-20", "09:30", "11:30", ["laurent-marseault"]),
            ("assessment", "2023-01-20", "11:30", "12:30", []),
        ]
        let found = schedule.entries.map { ($0.session, $0.date, $0.startTime, $0.endTime, $0.trainers.sorted()) }
        #expect(found.count == published.count)
        for (session, date, start, end, speakers) in published {
            #expect(found.contains { $0.0 == session && $0.1 == Self.date(date) && $0.2 == Self.time(start) && $0.3 == Self.time(end) && $0.4 == speakers.sorted() },
                "\(session) on \(date) \(start)–\(end)")
        }
    }

    @Test func clunyTeachesRavennaThenClunyOnTheWeeklyRhythm() throws {
        let (programme, schedule) = try BundledCurricula.solve("cluny-mas-2023-2024")
        #expect(schedule.cost.hard == 0, "\(schedule.cost.penalties.filter(\.hard).map(\.message))")
        let entries = schedule.entries
        #expect(entries.count == 72)
        for entry in entries {
            if entry.date < Self.date("2023-12-01") {
                #expect(entry.venue == "ravenna" && entry.timezone == "Europe/Rome", "\(entry.key) on \(entry.date)")
            } else {
                #expect(entry.venue == "cluny" && entry.timezone == "Europe/Paris", "\(entry.key) on \(entry.date)")
            }
        }
        // Nothing on a closure (holiday, winter break) of the venue, nor on the travel day.
        let calendar = TeachingCalendar(programme: programme)
        for entry in entries {
            #expect(calendar.isClosed(date: entry.date, venue: entry.venue) == nil, "\(entry.key) on \(entry.date)")
            #expect(entry.date != Self.date("2023-12-01"))
            #expect(!(Self.date("2023-12-23")...Self.date("2024-01-07")).contains(entry.date))
        }
        // Half-days taught per ISO week: 5 in a full week, what is left in a shortened one.
        var halfDays: [LocalDate: Set<String>] = [:]
        for entry in entries {
            if entry.startTime < Self.time("12:30") { halfDays[entry.date.mondayOfWeek, default: []].insert("\(entry.date) morning") }
            if entry.endTime > Self.time("14:00") { halfDays[entry.date.mondayOfWeek, default: []].insert("\(entry.date) afternoon") }
        }
        let shortened = [Self.date("2023-10-30"): 4, Self.date("2023-11-27"): 3]    // Ognissanti; the travel day
        var monday = Self.date("2023-10-30")
        var total = 0
        while monday <= Self.date("2024-03-11") {
            let inBreak = monday == Self.date("2023-12-25") || monday == Self.date("2024-01-01")
            let expected = inBreak ? 0 : shortened[monday] ?? 5
            #expect(halfDays[monday]?.count ?? 0 == expected, "week of \(monday)")
            total += halfDays[monday]?.count ?? 0
            monday = monday.adding(days: 7)
        }
        #expect(total == 87)
        // Every module inside its weeks.
        for rule in programme.rules {
            guard case .moduleWithinWeeks(let module, let weeks) = rule.kind else { continue }
            let mondays = entries.filter { $0.module == module }.map(\.date.mondayOfWeek.dayNumber)
            #expect((mondays.max()! - mondays.min()!) / 7 + 1 <= weeks, "\(module)")
        }
        // No teacher double-booked.
        for trainer in programme.trainers {
            let own = entries.filter { $0.trainers.contains(trainer.id) }
            for (i, a) in own.enumerated() {
                for b in own[(i + 1)...] { #expect(!BundledCurricula.overlap(a, b), "\(trainer.id): \(a.key) and \(b.key)") }
            }
        }
    }

    @Test func echirollesTeamsGetTheirSixWorkshopsInOrder() throws {
        let (programme, schedule) = try BundledCurricula.solve("echirolles-ateliers-2023")
        #expect(schedule.cost.hard == 0, "\(schedule.cost.penalties.filter(\.hard).map(\.message))")
        let entries = schedule.entries
        for cohort in programme.cohorts {
            let workshops = entries.filter { $0.cohorts.contains(cohort.id) }.sorted { $0.start < $1.start }
            #expect(workshops.count == 6, "\(cohort.id)")
            #expect(workshops.map(\.occurrence) == Array(repeating: 1, count: workshops.count))
            #expect(workshops.map { $0.session.split(separator: "-").last.map(String.init) } == (1...6).map { "\($0)" }, "\(cohort.id)")
            for (a, b) in zip(workshops, workshops.dropFirst()) {
                #expect(b.date.dayNumber - a.date.dayNumber >= 7, "\(a.key) then \(b.key)")
            }
        }
        // No adviser, room or team double-booked.
        let holders: [(String, (ScheduledOccurrence) -> Bool)] =
            programme.trainers.map { t in (t.id, { $0.trainers.contains(t.id) }) }
            + programme.rooms.map { r in (r.id, { $0.room == r.id }) }
            + programme.cohorts.map { c in (c.id, { $0.cohorts.contains(c.id) }) }
        for (id, holds) in holders {
            let own = entries.filter(holds)
            for (i, a) in own.enumerated() {
                for b in own[(i + 1)...] { #expect(!BundledCurricula.overlap(a, b), "\(id): \(a.key) and \(b.key)") }
            }
        }
        // Inside the venue's opening hours on that date.
        let calendar = TeachingCalendar(programme: programme)
        for entry in entries {
            let open = calendar.openWindows(venue: entry.venue).filter { $0.date == entry.date }
            #expect(open.contains { $0.start <= entry.startTime && entry.endTime <= $0.end }, "\(entry.key) at \(entry.venue) on \(entry.date)")
            #expect(entry.trainers.count == 1)
        }
    }
}
