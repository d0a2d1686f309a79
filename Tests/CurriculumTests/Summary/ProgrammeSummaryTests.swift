import Curriculum
import Testing

@Suite struct ProgrammeSummaryTests {
    private typealias F = CalendarFixtures

    private func summary(_ programme: Programme) -> ProgrammeSummary {
        ProgrammeSummary(programme: programme, calendar: TeachingCalendar(programme: programme))
    }

    @Test func parisWeekFigures() {
        let s = summary(F.parisWeek())
        #expect(s.sessions == 5)
        #expect(s.occurrences == 8)
        // 60 + 4 × 30 + 180 minutes, a day of two 3.5-hour windows, one average window.
        #expect(s.teachingMinutes == 60 + 120 + 180 + 420 + 210)
        #expect(s.teachingDates.count == 5)
        #expect(s.closures.isEmpty)
        #expect(s.text == """
            Programme emancipasso-2023: Emancip'Asso
            Period: 2023-01-16 to 2023-01-20
            Sessions: 5 (8 occurrences, 16 h 30 min of teaching)
            Trainers: 4 (Yannick Blanc; Stéphanie Lucien-Brun; Anne-Laure Michel; David Ratineau)
            Cohorts: 1 (Participants, 20 participants)
            Venues: 1 (Paris, Europe/Paris)
            Teaching dates: 5, from 2023-01-16 to 2023-01-20
            Closures: none

            """)
    }

    @Test func ravennaClunyText() {
        let s = summary(F.ravennaCluny())
        #expect(s.teachingMinutes == 8 * 210 + 3 * 420)
        // Ravenna's 36 teaching dates, and Cluny's Saturday seminar.
        #expect(s.teachingDates.count == 37)
        #expect(s.text == """
            Programme cluny-mas-2023: MAS Innovation territoriale
            Period: 2023-11-01 to 2023-12-31
            Sessions: 2 (11 occurrences, 49 h of teaching)
            Trainers: 3 (Bologna professor; Cluny researcher; Framasoft)
            Cohorts: 1 (MAS 2023-2024, 15 participants)
            Venues: 2 (Campus di Ravenna, Europe/Rome; Arts et Métiers Cluny, Europe/Paris)
            Teaching dates: 37, from 2023-11-02 to 2023-12-22
            Closures: 16
              2023-11-01 Toussaint (cluny)
              2023-11-01 Ognissanti (ravenna)
              2023-11-11 Armistice (cluny)
              2023-12-08 Immacolata Concezione (ravenna)
              2023-12-23 to 2023-12-31 Winter break
              2023-12-25 Noël (cluny)
              2023-12-25 Natale (ravenna)
              2023-12-26 Santo Stefano (ravenna)

            """)
    }

    @Test func windowLengthsAreAveragedAndEmptyProgrammesSayNone() {
        var programme = F.parisWeek()
        programme.calendar.windows = [F.window("morning", "09:00", "12:00"), F.window("afternoon", "14:00", "16:00")]
        programme.calendar.start = F.date("2023-01-21")
        programme.calendar.end = F.date("2023-01-22")
        programme.calendar.overrides = []
        programme.sessions = [Session(id: "half", title: "Half-day", duration: .windows(3))]
        programme.trainers = []
        let s = summary(programme)
        // Three windows of (180 + 120) / 2 minutes.
        #expect(s.teachingMinutes == 450)
        #expect(s.text.contains("Sessions: 1 (1 occurrence, 7 h 30 min of teaching)\nTrainers: 0\n"))
        #expect(s.text.contains("Teaching dates: none\n"))
    }
}
