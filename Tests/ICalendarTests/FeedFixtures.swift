import Curriculum

/// A small two-venue programme and schedules built in code (Paris in January, Ravenna across the
/// switch to summer time on 26 March 2023).
enum FeedFixtures {
    static let programme = Programme(
        id: "demo-2023", title: "Emancip'Asso; training, week", organisers: ["Framasoft", "Animafac; Paris"],
        contact: "formation@example.org", language: "fr",
        calendar: ProgrammeCalendar(
            start: LocalDate(year: 2023, month: 1, day: 16), end: LocalDate(year: 2023, month: 3, day: 31),
            windows: [TimeWindow(name: "morning", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 12, minute: 30))]
        ),
        venues: [
            Venue(id: "paris", name: "Maison des associations", address: "22 rue Deparcieux, 75014 Paris", country: .france, timezone: "Europe/Paris"),
            Venue(id: "ravenna", name: "Campus di Ravenna", address: "Via Baccarini 27, Ravenna", country: .italy, timezone: "Europe/Rome"),
        ],
        rooms: [
            Room(id: "salle-1", name: "Salle 1", venue: "paris", capacity: 20),
            Room(id: "aula-b", name: "Aula B", venue: "ravenna", capacity: 30),
        ],
        trainers: [
            Trainer(id: "blanc", name: "Yannick Blanc", organisation: "La Fonda"),
            Trainer(id: "michel", name: "Anne-Laure Michel", organisation: "Animafac"),
            Trainer(id: "ratineau", name: "David Ratineau", organisation: "Le Mouvement Associatif"),
        ],
        cohorts: [Cohort(id: "promo", name: "Promotion 2023", size: 20), Cohort(id: "guests", name: "Invités", size: 5)],
        modules: [Module(id: "m1", title: "Monde associatif", kind: "sector")],
        sessions: [
            Session(
                id: "welcome", title: "Installation, introduction des participants",
                description: "Accueil; café, tour de table, et présentation de la semaine.\nSecond line with a backslash \\ too.",
                category: "accueil", duration: .minutes(60), cohorts: ["promo"]
            ),
            Session(
                id: "ecosystem", title: "Comprendre le monde associatif : écosystème, gouvernance, modèles économiques, financements",
                description: String(repeating: "Un texte long avec des accents éèàç et des virgules, ", count: 6),
                module: "m1", category: "talk", duration: .minutes(180), trainers: ["blanc"], cohorts: ["promo", "guests"]
            ),
            Session(id: "lookback", title: "Retour collectif", duration: .minutes(30), occurrences: 2, cohorts: ["promo"]),
            Session(
                id: "pana", title: "Panorama of digital uses", description: FeedFixtures.multilingual, language: "en", duration: .minutes(120),
                trainers: ["michel", "ratineau"], cohorts: ["promo"]
            ),
        ],
        blocks: [Block(id: "immersion", title: "Immersion professionnelle", description: "En association", cohorts: ["promo"],
                       from: LocalDate(year: 2023, month: 2, day: 1), to: LocalDate(year: 2023, month: 2, day: 28))]
    )

    /// Multi-byte text (accents, CJK, emoji) long enough to be folded several times.
    static let multilingual = String(repeating: "Usages numériques 🎓 数字化协会 — ", count: 8)

    static func occurrence(
        _ session: String, _ number: Int = 1, date: (Int, Int, Int), from: (Int, Int), to: (Int, Int), offset: String = "+01:00",
        zone: String = "Europe/Paris", venue: String = "paris", room: String? = "salle-1", trainers: [String] = [],
        cohorts: [String] = ["promo"]
    ) -> ScheduledOccurrence {
        let day = LocalDate(year: date.0, month: date.1, day: date.2)
        let start = TimeOfDay(hour: from.0, minute: from.1)
        let end = TimeOfDay(hour: to.0, minute: to.1)
        let title = programme.sessions.first { $0.id == session }?.title ?? session
        let module = programme.sessions.first { $0.id == session }?.module
        return ScheduledOccurrence(
            key: "\(session)/\(number)", session: session, occurrence: number, title: title, module: module, date: day,
            startTime: start, endTime: end, start: "\(day)T\(start):00\(offset)", end: "\(day)T\(end):00\(offset)",
            timezone: zone, venue: venue, room: room, trainers: trainers, cohorts: cohorts
        )
    }

    static func schedule(entries: [ScheduledOccurrence] = defaultEntries, published: String = "2023-01-10T12:00:00Z") -> Schedule {
        Schedule(
            programme: programme.id, title: programme.title, language: programme.language, published: published, seed: 1,
            cost: ScheduleCost(hard: 0, soft: 0, penalties: []), entries: entries,
            blocks: [ScheduledBlock(id: "immersion", title: "Immersion professionnelle", from: LocalDate(year: 2023, month: 2, day: 1),
                                    to: LocalDate(year: 2023, month: 2, day: 28), venue: nil, cohorts: ["promo"])]
        )
    }

    static let defaultEntries: [ScheduledOccurrence] = [
        occurrence("welcome", date: (2023, 1, 16), from: (13, 30), to: (14, 30)),
        occurrence("ecosystem", date: (2023, 1, 16), from: (14, 30), to: (17, 30), trainers: ["blanc"], cohorts: ["promo", "guests"]),
        occurrence("lookback", 1, date: (2023, 1, 17), from: (9, 0), to: (9, 30)),
        occurrence("pana", date: (2023, 1, 17), from: (9, 30), to: (11, 30), trainers: ["michel", "ratineau"]),
        // Ravenna, before and after the switch to summer time (26 March 2023).
        occurrence("lookback", 2, date: (2023, 3, 24), from: (9, 0), to: (9, 30), zone: "Europe/Rome", venue: "ravenna", room: "aula-b"),
        occurrence("pana", 2, date: (2023, 3, 27), from: (9, 30), to: (11, 30), offset: "+02:00", zone: "Europe/Rome",
                   venue: "ravenna", room: "aula-b", trainers: ["michel"]),
    ]
}
