import Curriculum
import Testing

@Suite struct TeachingCalendarTests {
    private typealias F = CalendarFixtures

    private func render(_ windows: [OpenWindow]) -> [String] {
        windows.map { "\($0.date) \($0.window) \($0.start)-\($0.end)" }
    }

    private func render(_ closed: [ClosedDate]) -> [String] {
        closed.map { "\($0.date) \($0.reason)" + ($0.venue.map { " @\($0)" } ?? "") + " [\($0.source.line)]" }
    }

    @Test func parisWeekOpensMondayAt1330AndClosesFridayAtLunch() {
        let calendar = TeachingCalendar(programme: F.parisWeek())
        #expect(render(calendar.openWindows(venue: "paris")) == [
            "2023-01-16 afternoon 13:30-17:30",
            "2023-01-17 morning 09:00-12:30", "2023-01-17 afternoon 14:00-17:30",
            "2023-01-18 morning 09:00-12:30", "2023-01-18 afternoon 14:00-17:30",
            "2023-01-19 morning 09:00-12:30", "2023-01-19 afternoon 14:00-17:30",
            "2023-01-20 morning 09:00-12:30",
        ])
        // Monday 13:30-17:30, three full days of 2 × 3.5 h, Friday morning.
        #expect(calendar.openWindows(venue: "paris").reduce(0) { $0 + $1.minutes } == 240 + 3 * 420 + 210)
        #expect(calendar.closedDates.isEmpty)
        #expect(calendar.teachingDates(venue: "paris").map(\.description)
            == ["2023-01-16", "2023-01-17", "2023-01-18", "2023-01-19", "2023-01-20"])
        #expect(calendar.openWindows(venue: "lyon").isEmpty)
    }

    @Test func venueOverrideBeatsGlobalOneAndClosureBeatsBoth() {
        var programme = F.parisWeek()
        programme.venues.append(Venue(id: "annexe", name: "Annexe", country: .france, timezone: "Europe/Paris"))
        programme.calendar.overrides += [
            DateOverride(date: F.date("2023-01-20"), venue: "annexe", windows: [F.afternoon]),
            DateOverride(date: F.date("2023-01-17"), venue: "annexe", windows: []),
            DateOverride(date: F.date("2023-01-16"), venue: "annexe", windows: [F.morning, F.afternoon]),
        ]
        programme.calendar.closures.append(Closure(
            kind: .period(name: "Strike", from: F.date("2023-01-16"), to: F.date("2023-01-16")), venue: "annexe"))
        let calendar = TeachingCalendar(programme: programme)
        #expect(render(calendar.openWindows(venue: "annexe")) == [
            "2023-01-18 morning 09:00-12:30", "2023-01-18 afternoon 14:00-17:30",
            "2023-01-19 morning 09:00-12:30", "2023-01-19 afternoon 14:00-17:30",
            "2023-01-20 afternoon 14:00-17:30",
        ])
        #expect(calendar.isClosed(date: F.date("2023-01-16"), venue: "annexe")?.reason == "Strike")
        #expect(calendar.isClosed(date: F.date("2023-01-16"), venue: "paris") == nil)
        // Emptied by an override: no windows, but not a closure.
        #expect(calendar.isClosed(date: F.date("2023-01-17"), venue: "annexe") == nil)
        #expect(calendar.openWindows(venue: "paris").count == 8)
    }

    @Test func ravennaClunyClosedDates() {
        let calendar = TeachingCalendar(programme: F.ravennaCluny())
        #expect(render(calendar.closedDates) == [
            "2023-11-01 Toussaint @cluny [21]",
            "2023-11-01 Ognissanti @ravenna [20]",
            "2023-11-11 Armistice @cluny [21]",
            "2023-12-08 Immacolata Concezione @ravenna [20]",
            "2023-12-23 Winter break [22]",
            "2023-12-24 Winter break [22]",
            "2023-12-25 Winter break [22]",
            "2023-12-25 Noël @cluny [21]",
            "2023-12-25 Natale @ravenna [20]",
            "2023-12-26 Winter break [22]",
            "2023-12-26 Santo Stefano @ravenna [20]",
            "2023-12-27 Winter break [22]",
            "2023-12-28 Winter break [22]",
            "2023-12-29 Winter break [22]",
            "2023-12-30 Winter break [22]",
            "2023-12-31 Winter break [22]",
        ])
        #expect(calendar.isClosed(date: F.date("2023-12-08"), venue: "ravenna")?.reason == "Immacolata Concezione")
        #expect(calendar.isClosed(date: F.date("2023-12-08"), venue: "cluny") == nil)
        #expect(calendar.isClosed(date: F.date("2023-11-01"), venue: "ravenna")?.reason == "Ognissanti")
        #expect(calendar.isClosed(date: F.date("2023-12-25"), venue: "cluny")?.reason == "Winter break")
        #expect(calendar.isClosed(date: F.date("2023-11-02"), venue: "ravenna") == nil)
    }

    @Test func ravennaOpenWindows() {
        let calendar = TeachingCalendar(programme: F.ravennaCluny())
        #expect(calendar.teachingDates(venue: "ravenna").map(\.description) == [
            "2023-11-02", "2023-11-03", "2023-11-06", "2023-11-07", "2023-11-08", "2023-11-09", "2023-11-10",
            "2023-11-13", "2023-11-14", "2023-11-15", "2023-11-16", "2023-11-17", "2023-11-20", "2023-11-21",
            "2023-11-22", "2023-11-23", "2023-11-24", "2023-11-27", "2023-11-28", "2023-11-29", "2023-11-30",
            "2023-12-01", "2023-12-04", "2023-12-05", "2023-12-06", "2023-12-07", "2023-12-11", "2023-12-12",
            "2023-12-13", "2023-12-14", "2023-12-15", "2023-12-18", "2023-12-19", "2023-12-20", "2023-12-21",
            "2023-12-22",
        ])
        let windows = calendar.openWindows(venue: "ravenna")
        #expect(windows.count == 69)
        #expect(render(windows.filter { (F.date("2023-11-29")...F.date("2023-12-06")).contains($0.date) }) == [
            "2023-11-29 morning 09:00-12:30", "2023-11-29 afternoon 14:00-17:30",
            "2023-11-30 morning 09:00-12:30",
            "2023-12-01 morning 09:00-12:30", "2023-12-01 afternoon 14:00-17:30",
            "2023-12-04 morning 09:00-12:30", "2023-12-04 afternoon 14:00-17:30",
            "2023-12-05 morning 09:00-12:30", "2023-12-05 afternoon 14:00-17:30",
            "2023-12-06 morning 09:00-12:30",
        ])
        #expect(render(windows.filter { $0.date == F.date("2023-12-15") }) == ["2023-12-15 afternoon 14:00-17:30"])
    }

    @Test func clunyOpenWindows() {
        let calendar = TeachingCalendar(programme: F.ravennaCluny())
        #expect(calendar.teachingDates(venue: "cluny").map(\.description) == [
            "2023-11-06", "2023-11-07", "2023-11-08", "2023-11-13", "2023-11-14", "2023-11-15",
            "2023-11-20", "2023-11-21", "2023-11-22", "2023-11-27", "2023-11-28", "2023-11-29",
            "2023-12-02", "2023-12-04", "2023-12-05", "2023-12-06", "2023-12-11", "2023-12-12", "2023-12-13",
            "2023-12-18", "2023-12-19", "2023-12-20",
        ])
        let windows = calendar.openWindows(venue: "cluny")
        #expect(windows.count == 42)
        #expect(render(windows.filter { (F.date("2023-11-27")...F.date("2023-12-06")).contains($0.date) }) == [
            "2023-11-27 morning 08:30-12:00", "2023-11-27 afternoon 13:30-17:00",
            "2023-11-28 morning 08:30-12:00", "2023-11-28 afternoon 13:30-17:00",
            "2023-11-29 morning 08:30-12:00", "2023-11-29 afternoon 13:30-17:00",
            "2023-12-02 seminar 09:00-12:00",
            "2023-12-04 morning 08:30-12:00", "2023-12-04 afternoon 13:30-17:00",
            "2023-12-05 morning 08:30-12:00", "2023-12-05 afternoon 13:30-17:00",
            "2023-12-06 morning 09:00-12:30",
        ])
    }

    @Test func extraClosuresAreMergedAndClippedToThePeriod() {
        let source = SourceLocation(file: "cluny-closures.ics", line: 12, column: 1)
        let calendar = TeachingCalendar(programme: F.ravennaCluny(), extraClosures: [
            ClosedDate(date: F.date("2023-11-14"), reason: "Fermeture du campus", venue: "cluny", source: source),
            ClosedDate(date: F.date("2024-01-08"), reason: "Rentrée", venue: "cluny", source: source),
        ])
        #expect(calendar.closedDates.count == 17)
        #expect(calendar.isClosed(date: F.date("2023-11-14"), venue: "cluny")
            == ClosedDate(date: F.date("2023-11-14"), reason: "Fermeture du campus", venue: "cluny", source: source))
        #expect(!calendar.teachingDates(venue: "cluny").contains(F.date("2023-11-14")))
        #expect(calendar.teachingDates(venue: "ravenna").contains(F.date("2023-11-14")))
    }

    @Test func holidaysOfEveryYearThePeriodSpans() {
        var programme = F.parisWeek()
        programme.calendar.start = F.date("2023-12-20")
        programme.calendar.end = F.date("2024-01-10")
        programme.calendar.overrides = []
        let calendar = TeachingCalendar(programme: programme)
        #expect(render(calendar.closedDates) == ["2023-12-25 Noël [0]", "2024-01-01 Jour de l'an [0]"])
        #expect(calendar.teachingDates(venue: "paris").count == 14)
    }

    @Test func anEmptyPeriodHasNoDates() {
        var programme = F.parisWeek()
        programme.calendar.start = F.date("2023-01-20")
        programme.calendar.end = F.date("2023-01-16")
        let calendar = TeachingCalendar(programme: programme)
        #expect(calendar.openWindows(venue: "paris").isEmpty)
        #expect(calendar.closedDates.isEmpty)
    }
}
