import Curriculum
import CursusTestSupport
import Foundation
import Testing

/// The three programmes under `curricula/` load without a diagnostic and state the facts of
/// PROGRAMMES.md: venues and time zones, stays, rhythm, counts, and the rules the solver needs.
@Suite struct BundledCurriculaTests {
    static let folder = PackageRoot.url("curricula")

    static func load(_ name: String) throws -> Programme {
        try CurriculumLoader().load(path: folder.appendingPathComponent("\(name).yaml").path)
    }

    func d(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    func t(_ text: String) -> TimeOfDay { TimeOfDay(text: text)! }

    @Test(arguments: ["emancipasso-2023", "cluny-mas-2023-2024", "echirolles-ateliers-2023"])
    func loadsWithoutDiagnostics(name: String) throws {
        let programme = try Self.load(name)
        #expect(programme.id == name, "the id names the file")
        #expect(!programme.sessions.isEmpty)
    }

    // MARK: Emancip'Asso

    /// The published programme of PROGRAMMES.md §1, times worked out as in the file's header.
    static let published: [(session: String, date: String, start: String, end: String)] = [
        ("installation", "2023-01-16", "13:30", "14:30"), ("associative-world", "2023-01-16", "14:30", "17:30"),
        ("look-back", "2023-01-17", "09:00", "09:30"), ("pana", "2023-01-17", "09:30", "11:30"),
        ("funding", "2023-01-17", "11:30", "12:30"), ("strategic-dialogue", "2023-01-17", "14:00", "17:30"),
        ("look-back", "2023-01-18", "09:00", "09:30"), ("diagnosis", "2023-01-18", "09:30", "12:30"),
        ("recommendations", "2023-01-18", "14:00", "17:30"),
        ("look-back", "2023-01-19", "09:00", "09:30"), ("user-support", "2023-01-19", "09:30", "12:30"),
        ("service-offer", "2023-01-19", "14:00", "17:30"),
        ("look-back", "2023-01-20", "09:00", "09:30"), ("network", "2023-01-20", "09:30", "11:30"),
        ("assessment", "2023-01-20", "11:30", "12:30"),
    ]

    @Test func emancipassoWeekAndDayRules() throws {
        let p = try Self.load("emancipasso-2023")
        #expect(p.language == "fr")
        #expect(p.calendar.start == d("2023-01-16") && p.calendar.end == d("2023-01-20"))
        #expect(p.calendar.grain == .minutes(30))
        #expect(p.venues.map(\.timezone) == ["Europe/Paris"] && p.venues.map(\.country) == [.france])
        #expect(p.rooms.count == 1 && p.cohorts.count == 1)
        #expect(p.cohorts[0].size == 20 && p.rooms[0].capacity >= 20)
        #expect(p.openWindows(on: d("2023-01-16"), at: "paris") == [TimeWindow(name: "afternoon", start: t("13:30"), end: t("17:30"))],
                "Monday opens at 13:30")
        #expect(p.openWindows(on: d("2023-01-20"), at: "paris").map(\.end) == [t("12:30")], "Friday closes at lunch")
        #expect(p.openWindows(on: d("2023-01-18"), at: "paris").map(\.name) == ["morning", "afternoon"])
        let kinds = p.rules.map(\.kind)
        #expect(kinds.contains(.firstOfProgramme(session: "installation")))
        #expect(kinds.contains(.lastOfProgramme(session: "assessment")))
        #expect(kinds.contains(.dailyRitual(session: "look-back", time: t("09:00"), skipFirstDays: 1)))
        #expect(kinds.contains(.immediatelyAfter(first: "pana", then: "funding")))
        #expect(kinds.contains(.immediatelyAfter(first: "network", then: "assessment")))
        #expect(kinds.contains(.sameDay(sessions: ["diagnosis", "recommendations"])))
        #expect(kinds.contains(.roomCapacity))
        #expect(kinds.contains { if case .sequence = $0 { true } else { false } })
    }

    @Test func emancipassoPinsNoTimeAndLeavesNoHole() throws {
        let p = try Self.load("emancipasso-2023")
        #expect(p.sessions.allSatisfy { $0.pins.isEmpty && $0.allowed.isEmpty }, "times come from rules, never from pins")
        let dates = p.calendar.start.through(p.calendar.end).filter { !p.openWindows(on: $0, at: "paris").isEmpty }
        let open = dates.flatMap { p.openWindows(on: $0, at: "paris") }.reduce(0) { $0 + $1.end.minutes - $1.start.minutes }
        let taught = p.sessions.reduce(0) { total, session in
            guard case let .minutes(minutes) = session.duration else { return total }
            return total + minutes * session.occurrences
        }
        #expect(taught == open, "the sessions fill the open time exactly, so no schedule has a hole")
        #expect(p.session("look-back")?.occurrences == dates.count - 1, "one look-back a day but the first")
    }

    @Test func emancipassoPublishedProgrammeIsAllowedAndPreferred() throws {
        let p = try Self.load("emancipasso-2023")
        #expect(Set(Self.published.map(\.session)) == Set(p.sessions.map(\.id)))
        for session in p.sessions {
            #expect(Self.published.filter { $0.session == session.id }.count == session.occurrences, "\(session.id)")
        }
        for entry in Self.published {
            let session = try #require(p.session(entry.session))
            let (date, start, end) = (d(entry.date), t(entry.start), t(entry.end))
            #expect(session.duration == .minutes(end.minutes - start.minutes), "\(entry.session) lasts as published")
            let window = p.openWindows(on: date, at: "paris").first { $0.start <= start && end <= $0.end }
            #expect(window != nil, "\(entry.session) lies in an open window")
            for trainerID in session.trainers {
                let trainer = try #require(p.trainers.first { $0.id == trainerID })
                #expect(trainer.available.contains { $0.contains(date: date, window: window?.name, startTime: start, endTime: end) },
                        "\(trainerID) available for \(entry.session)")
            }
            for preference in p.preferences {
                guard case let .preferredTimes(trainer, sessionID, times) = preference.kind,
                      sessionID == session.id || trainer.map(session.trainers.contains) == true else { continue }
                #expect(times.contains { $0.contains(date: date, window: window?.name, startTime: start, endTime: end) },
                        "the published \(entry.session) costs no preference weight")
            }
        }
    }

    @Test func emancipassoPublishedProgrammeKeepsEveryRule() throws {
        let p = try Self.load("emancipasso-2023")
        let entries = Self.published.map { (session: $0.session, date: d($0.date), start: t($0.start), end: t($0.end)) }
        func only(_ id: String) throws -> (session: String, date: LocalDate, start: TimeOfDay, end: TimeOfDay) {
            let found = entries.filter { $0.session == id }
            try #require(found.count == 1, "\(id) happens once")
            return found[0]
        }
        let dates = Array(Set(entries.map(\.date))).sorted()
        for rule in p.rules {
            switch rule.kind {
            case let .immediatelyAfter(first, then):
                let (a, b) = (try only(first), try only(then))
                #expect(a.date == b.date && a.end == b.start, "\(then) starts when \(first) ends")
            case let .sequence(sessions, _):
                for (before, after) in zip(sessions, sessions.dropFirst()) {
                    let (a, b) = (try only(before), try only(after))
                    #expect((a.date, a.end.minutes) <= (b.date, b.start.minutes), "\(before) before \(after)")
                }
            case let .sameDay(sessions):
                #expect(Set(try sessions.map { try only($0).date }).count == 1, "\(sessions) on one date")
            case let .firstOfProgramme(session):
                let first = try only(session)
                #expect(entries.allSatisfy { ($0.date, $0.start.minutes) >= (first.date, first.start.minutes) })
            case let .lastOfProgramme(session):
                let last = try only(session)
                #expect(entries.allSatisfy { ($0.date, $0.end.minutes) <= (last.date, last.end.minutes) })
            case let .dailyRitual(session, time, skip):
                let ritual = entries.filter { $0.session == session }
                #expect(ritual.map(\.date) == Array(dates.dropFirst(skip)) && ritual.allSatisfy { $0.start == time })
            case .roomCapacity:
                #expect(p.rooms.allSatisfy { $0.capacity >= p.cohorts[0].size })
            default:
                Issue.record("rule \(rule.kind) at \(rule.location) is not checked here")
            }
        }
    }

    @Test func emancipassoSpeakersHaveCostlyAlternatives() throws {
        let p = try Self.load("emancipasso-2023")
        let halfDays = p.calendar.start.through(p.calendar.end).flatMap { date in
            p.openWindows(on: date, at: "paris").map { (date, $0) }
        }
        var withAlternatives = 0
        for trainer in p.trainers {
            let offered = halfDays.filter { date, window in
                trainer.available.contains { $0.contains(date: date, window: window.name, startTime: window.start, endTime: window.end) }
            }
            let preferred = p.preferences.compactMap { preference -> [TimeSpec]? in
                guard case let .preferredTimes(trainerID, _, times) = preference.kind, trainerID == trainer.id else { return nil }
                return times
            }.flatMap { $0 }
            #expect(!preferred.isEmpty, "\(trainer.id) states a preferred half-day")
            let alternatives = offered.filter { date, window in
                !preferred.contains { $0.contains(date: date, window: window.name, startTime: window.start, endTime: window.end) }
            }
            #expect(alternatives.count < offered.count, "\(trainer.id) prefers a half-day they offered")
            if !alternatives.isEmpty { withAlternatives += 1 }
        }
        #expect(withAlternatives >= 5, "most speakers offered more than one half-day, each alternative costing weight")
    }

    // MARK: Cluny MAS

    @Test func clunyVenuesClosuresAndStays() throws {
        let p = try Self.load("cluny-mas-2023-2024")
        #expect(p.calendar.grain == .window)
        let ravenna = try #require(p.venues.first { $0.id == "ravenna" })
        let cluny = try #require(p.venues.first { $0.id == "cluny" })
        #expect(ravenna.timezone == "Europe/Rome" && ravenna.country == .italy)
        #expect(cluny.timezone == "Europe/Paris" && cluny.country == .france)
        let closures = p.calendar.closures
        #expect(closures.contains { $0.kind == .publicHolidays(country: .italy, region: "ravenna") && $0.venue == "ravenna" })
        #expect(closures.contains { $0.kind == .publicHolidays(country: .france, region: nil) && $0.venue == "cluny" })
        #expect(p.breaks(at: "cluny").contains { $0.from <= d("2023-12-25") && d("2024-01-01") <= $0.to }, "a winter break")
        let cohort = try #require(p.cohorts.first)
        #expect(p.cohorts.count == 1)
        #expect(cohort.stays.map(\.venue) == ["ravenna", "cluny"])
        #expect(cohort.stays[0].from == d("2023-11-01") && cohort.stays[0].to == d("2023-11-30"), "November in Ravenna")
        #expect(cohort.stays[1].from.month == 12 && cohort.stays[1].to == d("2024-03-15"), "December to mid-March in Cluny")
        #expect(cohort.travelDays.map(\.date) == [d("2023-12-01")])
        #expect(cohort.travelDays.map { [$0.from, $0.to] } == [["ravenna", "cluny"]])
        #expect(cohort.rhythm.map(\.weekdays) == [[.wednesday], [.thursday, .friday]], "Wednesday afternoon, Thursday, Friday")
        #expect(cohort.rhythm.map(\.windows) == [["afternoon"], []])
        #expect(cohort.weeklyLoad?.minimum == 5 && cohort.weeklyLoad?.maximum == 5)
        let immersion = try #require(p.blocks.first)
        #expect(immersion.from.month == 3 && immersion.to.month == 7 && immersion.from > cohort.stays[1].to,
                "the professional immersion runs from March to July, after the teaching")
    }

    @Test func clunyModules() throws {
        let p = try Self.load("cluny-mas-2023-2024")
        #expect(p.modules.count >= 8)
        #expect(p.modules.filter { $0.kind == "sector" }.count >= 5 && p.modules.filter { $0.kind == "method" }.count >= 3)
        let withinWeeks = p.rules.compactMap { rule -> String? in
            if case let .moduleWithinWeeks(module, _) = rule.kind { return module } else { return nil }
        }
        for module in p.modules {
            let categories = Set(p.sessions.filter { $0.module == module.id }.compactMap(\.category))
            #expect(categories.count == 3, "\(module.id) alternates theory, field work and meetings with local actors")
            #expect(withinWeeks.contains(module.id), "\(module.id) stays inside its weeks")
        }
        let digital = p.sessions.filter { $0.module == "digital" }
        #expect(digital.contains { $0.trainers == ["framasoft"] }, "Framasoft runs « Se connecter sans exclure »")
        #expect(p.trainers.filter { !$0.unavailable.isEmpty }.count >= 5, "teachers have some unavailability")
    }

    @Test func clunyLanguageFollowsTheCampus() throws {
        let p = try Self.load("cluny-mas-2023-2024")
        #expect(p.language == "fr")
        for session in p.sessions {
            let venues = Set(session.rooms.compactMap { id in p.rooms.first { $0.id == id }?.venue })
            #expect(venues.count == 1, "\(session.id) is taught on one campus")
            #expect(session.language == (venues == ["ravenna"] ? "en" : nil), "\(session.id): English in Ravenna")
        }
    }

    @Test func clunyTeachingFillsTheOpenHalfDays() throws {
        let p = try Self.load("cluny-mas-2023-2024")
        let cohort = try #require(p.cohorts.first)
        // The only public holiday on a Wednesday to Friday of a stay: 1 November (Ognissanti).
        let holidays = [d("2023-11-01")]
        var open: [String: Int] = [:]
        for date in p.calendar.start.through(p.calendar.end) {
            guard let stay = cohort.stays.first(where: { $0.from <= date && date <= $0.to }),
                  !cohort.travelDays.contains(where: { $0.date == date }), !holidays.contains(date),
                  !p.breaks(at: stay.venue).contains(where: { $0.from <= date && date <= $0.to }) else { continue }
            for window in p.openWindows(on: date, at: stay.venue)
            where cohort.rhythm.contains(where: { $0.contains(date: date, window: window.name, startTime: window.start, endTime: window.end) }) {
                open[stay.venue, default: 0] += 1
            }
        }
        var taught: [String: Int] = [:]
        for session in p.sessions {
            let venue = try #require(p.rooms.first { $0.id == session.rooms.first }?.venue)
            switch session.duration {
            case let .windows(n): taught[venue, default: 0] += n * session.occurrences
            case let .days(n): taught[venue, default: 0] += 2 * n * session.occurrences
            case .minutes: Issue.record("\(session.id): the half-day grain takes no minutes")
            }
        }
        #expect(open == taught, "every open half-day of each campus is taught (weekly load exactly 5)")
        #expect(open["ravenna"] == 22 && open["cluny"] == 65, "as counted in the file's header")
    }

    // MARK: Échirolles

    @Test func echirollesTeamsFollowSixWorkshopsInOrder() throws {
        let p = try Self.load("echirolles-ateliers-2023")
        #expect(p.language == "fr" && p.cohorts.count >= 4)
        let sequences = p.rules.compactMap { rule -> (sessions: [String], gap: Int?)? in
            if case let .sequence(sessions, gap) = rule.kind { return (sessions, gap) } else { return nil }
        }
        for cohort in p.cohorts {
            let workshops = p.sessions.filter { $0.cohorts == [cohort.id] }.map(\.id)
            #expect(workshops.count == 6, "\(cohort.id) follows the 6 workshops")
            #expect(sequences.contains { $0.sessions == workshops && ($0.gap ?? 0) >= 7 }, "\(cohort.id): in order, a week apart")
        }
        #expect(p.sessions.allSatisfy { $0.duration == .minutes(120) })
    }

    @Test func echirollesAdvisersVenuesAndRooms() throws {
        let p = try Self.load("echirolles-ateliers-2023")
        let advisers = p.trainers.map(\.id)
        #expect(advisers.count == 4)
        #expect(p.sessions.allSatisfy { $0.trainers.isEmpty && $0.trainerPool == advisers }, "one adviser of the pool each time")
        #expect(p.venues.count >= 4 && p.venues.allSatisfy { $0.timezone == "Europe/Paris" })
        #expect(p.venues.allSatisfy { $0.windows != nil && $0.weekdays != nil }, "each venue has its own opening hours")
        let names = p.venues.map(\.name).joined(separator: " ")
        #expect(names.contains("Maison des habitant") && names.contains("Bibliothèque") && names.contains("Maison des associations"))
        for venue in p.venues {
            let others = Set(p.venues.map(\.id)).subtracting([venue.id])
            #expect(Set(venue.travel.map(\.venue)) == others, "\(venue.id) knows its travel time to every other venue")
            for travel in venue.travel {
                let back = p.venues.first { $0.id == travel.venue }?.travel.first { $0.venue == venue.id }
                #expect(back?.minutes == travel.minutes, "\(venue.id) ↔ \(travel.venue) symmetric")
            }
            #expect(venue.windows!.allSatisfy { $0.end.minutes - $0.start.minutes >= 120 }, "a 2 h workshop fits every window")
        }
        #expect(p.rooms.count > p.venues.count)
        for session in p.sessions {
            let cohort = try #require(p.cohorts.first { $0.id == session.cohorts.first })
            let rooms = p.rooms.filter { session.rooms.contains($0.id) }
            #expect(!rooms.isEmpty && rooms.allSatisfy { $0.capacity >= cohort.size }, "\(session.id) has rooms big enough")
            if let stay = cohort.stays.first {
                #expect(rooms.allSatisfy { $0.venue == stay.venue }, "\(session.id) at \(cohort.id)'s venue")
            }
        }
    }

    @Test func echirollesCadenceLeavesRoomForSixWorkshops() throws {
        let p = try Self.load("echirolles-ateliers-2023")
        // French public holidays inside the period (1 and 11 November).
        let holidays = [d("2023-11-01"), d("2023-11-11")]
        for cohort in p.cohorts {
            let venues = cohort.stays.isEmpty ? p.venues.map(\.id) : cohort.stays.map(\.venue)
            let dates = p.calendar.start.through(p.calendar.end).filter { date in
                !holidays.contains(date) && venues.contains { venue in
                    !p.breaks(at: venue).contains { $0.from <= date && date <= $0.to }
                        && p.openWindows(on: date, at: venue).contains { window in
                            cohort.rhythm.contains { $0.contains(date: date, window: window.name, startTime: window.start, endTime: window.end) }
                        }
                }
            }
            var chosen: [LocalDate] = []
            for date in dates where chosen.last.map({ date.dayNumber - $0.dayNumber >= 7 }) ?? true {
                chosen.append(date)
            }
            #expect(chosen.count >= 6, "\(cohort.id) has six dates a week apart: \(chosen)")
        }
    }
}

extension Programme {
    /// The session with this id.
    fileprivate func session(_ id: String) -> Session? { sessions.first { $0.id == id } }

    /// The opening windows of a date at a venue: the date's override, else the venue's windows on
    /// its weekdays, else the calendar's.
    fileprivate func openWindows(on date: LocalDate, at venueID: String) -> [TimeWindow] {
        guard calendar.start <= date, date <= calendar.end else { return [] }
        let overrides = calendar.overrides.filter { $0.date == date }
        if let override = overrides.first(where: { $0.venue == venueID }) ?? overrides.first(where: { $0.venue == nil }) {
            return override.windows
        }
        let venue = venues.first { $0.id == venueID }
        guard (venue?.weekdays ?? calendar.weekdays).contains(date.weekday) else { return [] }
        return venue?.windows ?? calendar.windows
    }

    /// The named breaks that close a venue.
    fileprivate func breaks(at venueID: String) -> [(from: LocalDate, to: LocalDate)] {
        calendar.closures.compactMap { closure in
            guard closure.venue == nil || closure.venue == venueID, case let .period(_, from, to) = closure.kind else { return nil }
            return (from, to)
        }
    }
}
