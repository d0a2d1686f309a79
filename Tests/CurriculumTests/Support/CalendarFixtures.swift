import Curriculum

/// Small programmes built in code for the calendar and summary tests.
enum CalendarFixtures {
    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    static func time(_ text: String) -> TimeOfDay { TimeOfDay(text: text)! }
    static func window(_ name: String, _ start: String, _ end: String) -> TimeWindow {
        TimeWindow(name: name, start: time(start), end: time(end))
    }

    static let morning = window("morning", "09:00", "12:30")
    static let afternoon = window("afternoon", "14:00", "17:30")

    /// The Emancip'Asso week in Paris: Monday opens at 13:30, Friday closes at lunch.
    static func parisWeek() -> Programme {
        Programme(
            id: "emancipasso-2023", title: "Emancip'Asso", language: "fr",
            calendar: ProgrammeCalendar(
                start: date("2023-01-16"), end: date("2023-01-20"),
                windows: [morning, afternoon],
                overrides: [
                    DateOverride(date: date("2023-01-16"), windows: [window("afternoon", "13:30", "17:30")]),
                    DateOverride(date: date("2023-01-20"), windows: [morning]),
                ],
                closures: [Closure(kind: .publicHolidays(country: .france, region: nil))]
            ),
            venues: [Venue(id: "paris", name: "Paris", country: .france, timezone: "Europe/Paris")],
            trainers: [
                Trainer(id: "blanc", name: "Yannick Blanc", organisation: "La Fonda"),
                Trainer(id: "lucien-brun", name: "Stéphanie Lucien-Brun"),
                Trainer(id: "michel", name: "Anne-Laure Michel"),
                Trainer(id: "ratineau", name: "David Ratineau"),
            ],
            cohorts: [Cohort(id: "participants", name: "Participants", size: 20)],
            sessions: [
                Session(id: "installation", title: "Installation", duration: .minutes(60), cohorts: ["participants"]),
                Session(id: "look-back", title: "Look back", duration: .minutes(30), occurrences: 4, cohorts: ["participants"]),
                Session(id: "ecosystem", title: "The associative world", duration: .minutes(180), trainers: ["blanc"], cohorts: ["participants"]),
                Session(id: "diagnosis", title: "Digital diagnosis", duration: .days(1), trainers: ["lucien-brun"], cohorts: ["participants"]),
                Session(id: "pana", title: "PANA", duration: .windows(1), trainers: ["michel", "ratineau"], cohorts: ["participants"]),
            ]
        )
    }

    /// The Cluny MAS from November to December 2023: Italian holidays (and Ravenna's) at Ravenna,
    /// French ones at Cluny, which opens Monday to Wednesday with its own windows, and a winter break.
    static func ravennaCluny() -> Programme {
        Programme(
            id: "cluny-mas-2023", title: "MAS Innovation territoriale",
            calendar: ProgrammeCalendar(
                start: date("2023-11-01"), end: date("2023-12-31"), grain: .window,
                windows: [morning, afternoon],
                overrides: [
                    DateOverride(date: date("2023-11-30"), venue: "ravenna", windows: [morning]),
                    DateOverride(date: date("2023-12-06"), windows: [morning]),
                    DateOverride(date: date("2023-12-02"), venue: "cluny", windows: [window("seminar", "09:00", "12:00")]),
                    // Friday: Cluny is closed on Fridays, so this whole-programme override leaves it closed.
                    DateOverride(date: date("2023-12-15"), windows: [afternoon]),
                ],
                closures: [
                    Closure(kind: .publicHolidays(country: .italy, region: "ravenna"), venue: "ravenna",
                            location: SourceLocation(file: "mas.yaml", line: 20, column: 5)),
                    Closure(kind: .publicHolidays(country: .france, region: nil), venue: "cluny",
                            location: SourceLocation(file: "mas.yaml", line: 21, column: 5)),
                    Closure(kind: .period(name: "Winter break", from: date("2023-12-23"), to: date("2024-01-07")),
                            location: SourceLocation(file: "mas.yaml", line: 22, column: 5)),
                    Closure(kind: .calendarFile(path: "cluny-closures.ics"), venue: "cluny"),
                ]
            ),
            venues: [
                Venue(id: "ravenna", name: "Campus di Ravenna", country: .italy, timezone: "Europe/Rome"),
                Venue(id: "cluny", name: "Arts et Métiers Cluny", country: .france, timezone: "Europe/Paris",
                      windows: [window("morning", "08:30", "12:00"), window("afternoon", "13:30", "17:00")],
                      weekdays: [.monday, .tuesday, .wednesday]),
            ],
            trainers: [
                Trainer(id: "bologna-prof", name: "Bologna professor"),
                Trainer(id: "researcher", name: "Cluny researcher"),
                Trainer(id: "framasoft", name: "Framasoft"),
            ],
            cohorts: [Cohort(id: "mas", name: "MAS 2023-2024", size: 15)],
            sessions: [
                Session(id: "ravenna-course", title: "Course in Ravenna", duration: .windows(1), occurrences: 8,
                        trainers: ["bologna-prof"], cohorts: ["mas"]),
                Session(id: "cluny-module", title: "Se connecter sans exclure", duration: .days(1), occurrences: 3,
                        trainerPool: ["researcher", "framasoft"], cohorts: ["mas"]),
            ]
        )
    }
}
