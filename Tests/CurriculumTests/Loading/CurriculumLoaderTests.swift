import Curriculum
import Foundation
import Testing

/// The loader on real files: a complete example where every key lands in the model, the format
/// document's own example, and files that cannot be read.
@Suite struct CurriculumLoaderTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let completePath = folder.appendingPathComponent("Fixtures/complete.yaml").path

    func loadComplete() throws -> Programme {
        try CurriculumLoader().load(path: Self.completePath)
    }

    func d(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    func t(_ text: String) -> TimeOfDay { TimeOfDay(text: text)! }

    @Test func topLevelAndCalendar() throws {
        let p = try loadComplete()
        #expect(p.id == "complete-2024")
        #expect(p.title == "Complete programme")
        #expect(p.subtitle == "Every key once")
        #expect(p.organisers == ["Framasoft", "Animafac"])
        #expect(p.language == "fr")
        #expect(p.location == Curriculum.SourceLocation(file: Self.completePath, line: 2, column: 1))
        let c = p.calendar
        #expect(c.start == d("2024-01-08") && c.end == d("2024-03-29"))
        #expect(c.weekdays == [.monday, .tuesday, .wednesday, .thursday, .friday])
        #expect(c.grain == .minutes(30))
        #expect(c.windows == [TimeWindow(name: "morning", start: t("09:00"), end: t("12:30")),
                              TimeWindow(name: "afternoon", start: t("14:00"), end: t("17:30"))])
        #expect(c.overrides.map(\.date) == [d("2024-01-08"), d("2024-01-12")])
        #expect(c.overrides[0].venue == nil && c.overrides[1].venue == "cluny")
        #expect(c.overrides[0].windows == [TimeWindow(name: "afternoon", start: t("13:30"), end: t("17:30"))])
        #expect(c.overrides[1].windows.isEmpty)
        #expect(c.overrides[0].location.line == 16)
        #expect(c.closures.map(\.kind) == [
            .publicHolidays(country: .italy, region: "ravenna"),
            .publicHolidays(country: .france, region: nil),
            .period(name: "Winter break", from: d("2024-02-12"), to: d("2024-02-16")),
            .calendarFile(path: Self.folder.appendingPathComponent("Fixtures/closures/library.ics").path),
        ])
        #expect(c.closures.map(\.venue) == ["ravenna", nil, "cluny", nil])
    }

    @Test func venuesRoomsTrainers() throws {
        let p = try loadComplete()
        let cluny = p.venues[0]
        #expect(cluny.id == "cluny" && cluny.name == "Campus de Cluny")
        #expect(cluny.address == "Rue Porte de Paris, 71250 Cluny")
        #expect(cluny.country == .france && cluny.timezone == "Europe/Paris")
        #expect(cluny.windows == [TimeWindow(name: "morning", start: t("08:30"), end: t("12:30"))])
        #expect(cluny.weekdays == [.monday, .tuesday, .wednesday])
        #expect(cluny.travel.map { [$0.venue, "\($0.minutes)"] } == [["ravenna", "600"]])
        let ravenna = p.venues[1]
        #expect(ravenna.country == .italy && ravenna.timezone == "Europe/Rome", "timezone defaults from the country")
        #expect(ravenna.windows == nil && ravenna.weekdays == nil && ravenna.address == nil)
        #expect(p.rooms.map(\.id) == ["abbey", "aula"])
        #expect(p.rooms.map(\.venue) == ["cluny", "ravenna"] && p.rooms.map(\.capacity) == [24, 80])
        #expect(p.rooms[0].name == "Abbey room")
        let ada = p.trainers[0]
        #expect(ada.id == "ada" && ada.name == "Ada Lovelace" && ada.organisation == "Analytical")
        #expect(ada.available.count == 1)
        let spec = ada.available[0]
        #expect(spec.dates == [d("2024-01-08"), d("2024-01-09"), d("2024-01-10")])
        #expect(spec.from == d("2024-01-15") && spec.to == d("2024-01-19"))
        #expect(spec.weekdays == [.monday, .tuesday])
        #expect(spec.windows == ["morning", "afternoon"])
        #expect(spec.start == t("09:00") && spec.end == t("17:00"))
        #expect(spec.location == Curriculum.SourceLocation(file: Self.completePath, line: 42, column: 9))
        #expect(ada.unavailable.map(\.weekdays) == [[.friday]])
        #expect(ada.busyCalendar == Self.folder.appendingPathComponent("Fixtures/busy/ada.ics").path)
        #expect(p.trainers[1].available.isEmpty && p.trainers[1].organisation == nil && p.trainers[1].busyCalendar == nil)
        #expect(ada.sortAs == "Lovelace Ada" && p.trainers[1].sortAs == nil)
    }

    @Test func cohortsModulesBlocks() throws {
        let p = try loadComplete()
        let promo = p.cohorts[0]
        #expect(promo.id == "promo" && promo.name == "Promotion 2024" && promo.size == 18)
        #expect(promo.stays.map(\.venue) == ["ravenna", "cluny"])
        #expect(promo.stays.map(\.from) == [d("2024-01-08"), d("2024-02-02")])
        #expect(promo.stays.map(\.to) == [d("2024-01-31"), d("2024-03-29")])
        #expect(promo.travelDays.map { "\($0.date) \($0.from) \($0.to)" } == ["2024-02-01 ravenna cluny"])
        #expect(promo.rhythm.map(\.weekdays) == [[.monday, .tuesday], [.wednesday]])
        #expect(promo.rhythm[1].windows == ["morning"])
        #expect(promo.weeklyLoad?.minimum == 4 && promo.weeklyLoad?.maximum == 5)
        #expect(p.cohorts[1].weeklyLoad?.minimum == 2 && p.cohorts[1].weeklyLoad?.maximum == 2)
        #expect(p.modules.map { [$0.id, $0.title, $0.kind, $0.description] } == [["food", "Se nourrir local", "sector", "Local food systems"]])
        let block = p.blocks[0]
        #expect(block.id == "immersion" && block.title == "Professional immersion" && block.description == "In a local authority")
        #expect(block.cohorts == ["promo"] && block.venue == "cluny")
        #expect(block.from == d("2024-04-01") && block.to == d("2024-07-12"))
    }

    @Test func sessions() throws {
        let p = try loadComplete()
        let intro = p.sessions[0]
        #expect(intro.id == "intro" && intro.title == "Introduction")
        #expect(intro.description == "Welcome and round of names" && intro.language == "en")
        #expect(intro.module == "food" && intro.category == "talk")
        #expect(intro.duration == .minutes(90) && intro.occurrences == 2)
        #expect(intro.trainers == ["ada"] && intro.trainerPool == ["ada", "bob"])
        #expect(intro.rooms == ["abbey"] && intro.cohorts == ["promo", "guests"])
        #expect(intro.allowed.map(\.windows) == [["afternoon"]])
        #expect(intro.unavailable.map(\.dates) == [[d("2024-01-09")]])
        #expect(intro.pins.map { "\($0.date) \($0.time)" } == ["2024-01-08 13:30"])
        #expect(intro.location == Curriculum.SourceLocation(file: Self.completePath, line: 70, column: 5))
        #expect(p.sessions.map(\.duration) == [.minutes(90), .windows(2), .days(1), .minutes(30)])
        #expect(p.sessions[1].trainers == ["bob"] && p.sessions[1].occurrences == 1 && p.sessions[1].pins.isEmpty)
    }

    @Test func rules() throws {
        let p = try loadComplete()
        #expect(p.rules.map(\.kind) == [
            .precedence(before: "intro", after: "field", minGapMinutes: 30, minGapDays: 1),
            .sequence(sessions: ["intro", "tour", "wrap"], minGapDays: 7),
            .sameDay(sessions: ["field", "tour"]),
            .immediatelyAfter(first: "intro", then: "wrap"),
            .firstOfDay(session: "intro"),
            .lastOfDay(session: "wrap"),
            .firstOfProgramme(session: "intro"),
            .lastOfProgramme(session: "wrap"),
            .dailyRitual(session: "wrap", time: t("17:00"), skipFirstDays: 1),
            .moduleWithinWeeks(module: "food", weeks: 2),
            .differentDays(sessions: ["intro"]),
            .roomCapacity,
            .loadLimit(LoadLimit(
                subject: .every(.trainer), maxPerDay: .minutes(360), maxConsecutiveHalfDays: 2, maxDaysPerWeek: 4, maxDays: 20,
                location: p.rules[12].location.moved(column: 18))),
            .loadLimit(LoadLimit(subject: .trainer("ada"), maxPerDay: .windows(2), location: p.rules[13].location.moved(column: 18))),
            .pairs(first: "field", then: "wrap", sameDay: true, minGapDays: 0, maxGapDays: 2),
        ])
        #expect(p.rules.map(\.location.line) == Array(97...111))
    }

    @Test func preferences() throws {
        let p = try loadComplete()
        #expect(p.preferences.map(\.kind) == [
            .preferredTimes(trainer: "ada", session: "intro", times: [TimeSpec(windows: ["morning"], location: p.preferences[0].location.moved(column: 61))]),
            .avoidTimes(trainer: "bob", session: nil, times: [
                TimeSpec(weekdays: [.monday], location: p.preferences[1].location.moved(column: 42)),
                TimeSpec(weekdays: [.friday], location: p.preferences[1].location.moved(column: 61)),
            ]),
            .spread(session: "intro", minDays: 2),
            .compactness(cohort: "promo"),
            .compactness(cohort: nil),
            .roomStability,
            .roomCapacity,
            .evenWeeklyLoad(cohort: "guests"),
            .evenWeeklyLoad(cohort: nil),
            .stability(previous: Self.folder.appendingPathComponent("Fixtures/previous/schedule.json").path),
            .stability(previous: "/srv/schedule.json"),
            .early(session: "wrap"),
            .early(session: nil),
            .loadLimit(LoadLimit(subject: .cohort("promo"), maxDaysPerWeek: 3, location: p.preferences[13].location.moved(column: 18))),
            .loadLimit(LoadLimit(subject: .room("abbey"), maxDays: 10, location: p.preferences[14].location.moved(column: 18))),
        ])
        #expect(p.preferences.map(\.weight) == [5, 3, 5, 2, 4, 1, 10, 1, 1, 1, 1, 1, 1, 2, 5])
    }

    /// The complete example of docs/curriculum-format.md is itself a valid curriculum.
    @Test func formatDocumentExampleLoads() throws {
        let doc = try String(contentsOf: Self.folder.appendingPathComponent("../../../docs/curriculum-format.md"), encoding: .utf8)
        let section = try #require(doc.components(separatedBy: "## Complete example").last)
        let yaml = try #require(section.components(separatedBy: "```yaml\n").dropFirst().first?.components(separatedBy: "```").first)
        let p = try CurriculumLoader().load(text: yaml, file: "docs/example.yaml")
        #expect(p.id == "mini-2023" && p.sessions.count == 3 && p.rules.count == 3)
        #expect(p.calendar.overrides.first?.windows.first?.start == t("13:30"))
    }

    /// Unquoted times (which YAML 1.1 would read as base-60 numbers) and merge keys.
    @Test func unquotedTimesAndMergeKeys() throws {
        let text = """
            id: x
            title: X
            calendar:
              start: 2024-01-08
              end: 2024-01-12
              grain: window
              windows: [{name: morning, start: 09:00, end: 12:30}, {name: afternoon, start: 14:00, end: 17:30}]
            venues: [{id: v, name: V, country: IT}]
            sessions:
              - &workshop {id: a, title: A, duration: 1 half-day, occurrences: 2, allowed: {window: morning}}
              - {<<: *workshop, id: b, title: B}
              - {<<: [*workshop], id: c, title: C, occurrences: 1}
            """
        let p = try CurriculumLoader().load(text: text, file: "curricula/x.yaml")
        #expect(p.calendar.windows.map(\.start) == [t("09:00"), t("14:00")])
        #expect(p.calendar.grain == .window)
        #expect(p.sessions.map(\.id) == ["a", "b", "c"])
        #expect(p.sessions.map(\.occurrences) == [2, 2, 1])
        #expect(p.sessions.map(\.duration) == [.windows(1), .windows(1), .windows(1)])
        #expect(p.sessions[2].allowed.map(\.windows) == [["morning"]])
    }

    /// A problem inside an anchor merged into several mappings is reported once, at the anchor.
    @Test func problemInMergedAnchorIsReportedOnce() {
        let text = """
            id: x
            title: X
            calendar: {start: 2024-01-08, end: 2024-01-12, windows: [{name: day, start: "09:00", end: "17:00"}]}
            venues: [{id: v, name: V, country: FR}]
            sessions:
              - &talk {id: a, title: A, duration: 1h, colour: red}
              - {<<: *talk, id: b}
              - {<<: *talk, id: c}
            """
        #expect {
            try CurriculumLoader().load(text: text, file: "x.yaml")
        } throws: { error in
            (error as? LoadFailure)?.description == "x.yaml:6:43: error: unknown key 'colour' in session 'a'"
        }
    }

    /// Every prefix of the complete example (cut at each line) loads or fails with located
    /// diagnostics inside the text, never with a trap.
    @Test func truncatedFilesFailCleanly() throws {
        let lines = try String(contentsOfFile: Self.completePath, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let sessionsLine = try #require(lines.firstIndex(of: "sessions:"))
        for count in 0...lines.count {
            let text = lines.prefix(count).joined(separator: "\n")
            do {
                _ = try CurriculumLoader().load(text: text, file: "cut.yaml")
                #expect(count > sessionsLine, "a file without sessions loaded (cut at line \(count))")
            } catch {
                #expect(!error.diagnostics.isEmpty)
                #expect(error.diagnostics.allSatisfy { (1...max(1, count + 1)).contains($0.location.line) }, "cut at line \(count)")
            }
        }
    }

    @Test func missingFileNamesThePath() {
        let path = Self.folder.appendingPathComponent("Fixtures/no-such-file.yaml").path
        #expect {
            try CurriculumLoader().load(path: path)
        } throws: { error in
            (error as? LoadFailure)?.description == "\(path):1:1: error: cannot read curriculum file '\(path)': no such file"
        }
    }

    @Test func directoryIsNotAFile() {
        let path = Self.folder.appendingPathComponent("Fixtures").path
        #expect {
            try CurriculumLoader().load(path: path)
        } throws: { error in
            (error as? LoadFailure)?.diagnostics.map(\.problem) == [.unreadableFile(path: path, reason: "it is a folder, not a regular file")]
        }
    }

    @Test func aLatin1ByteIsReportedAtItsLineAndColumn() {
        // Fixtures/latin1.yaml: "é" as the single byte 0xE9 on line 3.
        let path = Self.folder.appendingPathComponent("Fixtures/latin1.yaml").path
        #expect {
            try CurriculumLoader().load(path: path)
        } throws: { error in
            (error as? LoadFailure)?.description == """
                \(path):3:20: error: byte 0xE9 is not UTF-8 text; maybe the file was saved as Latin-1 or Windows-1252: save it as UTF-8
                """
        }
    }

    @Test func aFIFOIsRefusedWithoutBlocking() {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-fifo-\(getpid()).yaml").path
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        #expect {
            try CurriculumLoader().load(path: path)
        } throws: { error in
            (error as? LoadFailure)?.diagnostics.map(\.problem) == [.unreadableFile(path: path, reason: "it is a FIFO, not a regular file")]
        }
    }
}

extension Curriculum.SourceLocation {
    /// The same line at another column.
    func moved(column: Int) -> Curriculum.SourceLocation { Curriculum.SourceLocation(file: file, line: line, column: column) }
}
