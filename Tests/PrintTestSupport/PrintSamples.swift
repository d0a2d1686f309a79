public import Curriculum

/// Realistic programmes and schedules for the printing tests, built in code (no solver needed).
public enum PrintSamples {
    /// The Emancip'Asso training week (Paris, 16–20 January 2023), in French, as published.
    public static let emancipasso: (programme: Programme, schedule: Schedule) = {
        let calendar = ProgrammeCalendar(
            start: LocalDate(year: 2023, month: 1, day: 16), end: LocalDate(year: 2023, month: 1, day: 20),
            windows: [
                TimeWindow(name: "morning", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 12, minute: 30)),
                TimeWindow(name: "afternoon", start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 17, minute: 30)),
            ]
        )
        let venue = Venue(
            id: "paris", name: "Locaux d’Animafac", address: "3 rue Récamier, 75007 Paris", country: .france,
            timezone: "Europe/Paris"
        )
        let trainers = [
            Trainer(id: "blanc", name: "Yannick Blanc", organisation: "La Fonda"),
            Trainer(id: "michel", name: "Anne-Laure Michel", organisation: "Animafac"),
            Trainer(id: "ratineau", name: "David Ratineau", organisation: "Le Mouvement Associatif"),
            Trainer(id: "payet", name: "Gaëlle Payet", organisation: "Le Mouvement Associatif Centre-Val de Loire"),
            Trainer(id: "dasilva", name: "Elsa Da Silva", organisation: "Le Mouvement Associatif Centre-Val de Loire"),
            Trainer(id: "lucien-brun", name: "Stéphanie Lucien-Brun", organisation: "La Fabrique à liens"),
            Trainer(id: "gascoin", name: "Pascal Gascoin", organisation: "Zourit.net"),
            Trainer(id: "becquet", name: "Jean-Christophe Becquet", organisation: "Apitux"),
            Trainer(id: "marseault", name: "Laurent Marseault", organisation: "Outils-Réseaux, Animacoop"),
        ]
        // (session, title, trainers, date, start, end); "retour" happens four times.
        let plan: [(String, String, [String], Int, (Int, Int), (Int, Int))] = [
            ("installation", "Installation, présentation des participant·es", [], 16, (13, 30), (14, 30)),
            ("monde-associatif", "Comprendre le monde associatif : écosystème, gouvernance, modèles économiques, financements",
             ["blanc"], 16, (14, 30), (17, 30)),
            ("retour", "Retour collectif sur la veille", [], 17, (9, 0), (9, 30)),
            ("pana", "Panorama des usages numériques des associations (PANA)", ["michel"], 17, (9, 30), (11, 30)),
            ("financer", "Financer l’accompagnement", ["ratineau"], 17, (11, 30), (12, 30)),
            ("dialogue", "Dialogue stratégique avec une association : méthode, étapes, écueils", ["payet", "dasilva"], 17,
             (14, 0), (17, 30)),
            ("retour", "Retour collectif sur la veille", [], 18, (9, 0), (9, 30)),
            ("diagnostic", "Diagnostic numérique d’une association ; des constats aux préconisations ; posture d’accompagnement",
             ["lucien-brun"], 18, (9, 30), (17, 30)),
            ("retour", "Retour collectif sur la veille", [], 19, (9, 0), (9, 30)),
            ("former", "Former les utilisateurs, accompagner, documenter, animer des communautés d’utilisateurs", ["gascoin"],
             19, (9, 30), (12, 30)),
            ("offre", "Concevoir une offre de services : tarification juste, commercialisation", ["becquet"], 19, (14, 0),
             (17, 30)),
            ("retour", "Retour collectif sur la veille", [], 20, (9, 0), (9, 30)),
            ("reseau", "Se développer en réseau, travailler en complémentarité ; économie non marchande !", ["marseault"], 20,
             (9, 30), (11, 30)),
            ("bilan", "Bilan à chaud de la semaine", [], 20, (11, 30), (12, 30)),
        ]
        return build(
            id: "emancipasso-2023",
            title: "Développer une offre de services pour accompagner les associations dans leur transition numérique éthique",
            subtitle: "Semaine de formation Emancip’Asso", organisers: ["Framasoft", "Animafac"], language: "fr",
            calendar: calendar, venues: [venue],
            rooms: [Room(id: "salle", name: "Salle de formation", venue: "paris", capacity: 20)],
            trainers: trainers, cohorts: [Cohort(id: "promo-2023", name: "Promotion 2023", size: 20)],
            plan: plan.map { ($0.0, $0.1, $0.2, LocalDate(year: 2023, month: 1, day: $0.3), $0.4, $0.5, "salle", ["promo-2023"], "paris") },
            published: "2023-01-09T10:00:00Z"
        )
    }()

    /// A two-week course in English at Ravenna (27 November – 8 December 2023) with two cohorts
    /// in two rooms, a long title, text that needs escaping, a trainer without sessions and a long
    /// fixed period (the professional immersion).
    public static let ravenna: (programme: Programme, schedule: Schedule) = {
        let calendar = ProgrammeCalendar(
            start: LocalDate(year: 2023, month: 11, day: 27), end: LocalDate(year: 2023, month: 12, day: 8),
            windows: [
                TimeWindow(name: "morning", start: TimeOfDay(hour: 9), end: TimeOfDay(hour: 13)),
                TimeWindow(name: "afternoon", start: TimeOfDay(hour: 14), end: TimeOfDay(hour: 17)),
            ]
        )
        let venues = [
            Venue(id: "ravenna", name: "University of Bologna, Ravenna Campus", address: "Via Mariani 5, 48121 Ravenna RA",
                  country: .italy, timezone: "Europe/Rome"),
            Venue(id: "palazzo", name: "Palazzo dei Congressi", address: "Largo Firenze 1, 48121 Ravenna RA",
                  country: .italy, timezone: "Europe/Rome"),
        ]
        let rooms = [
            Room(id: "aula-1", name: "Aula 1", venue: "ravenna", capacity: 30),
            Room(id: "aula-magna", name: "Aula Magna", venue: "palazzo", capacity: 120),
        ]
        let trainers = [
            Trainer(id: "rossi", name: "Giulia Rossi", organisation: "University of Bologna"),
            Trainer(id: "bianchi", name: "Marco Bianchi", organisation: "University of Bologna"),
            Trainer(id: "dubois", name: "Claire Dubois", organisation: "Collège européen de Cluny"),
            Trainer(id: "conti", name: "Luca Conti", organisation: "Comune di Ravenna"),
            Trainer(id: "neri", name: "Sara Neri", organisation: "Comune di Ravenna"),
        ]
        let cohorts = [
            Cohort(id: "mas-a", name: "MAS cohort A", size: 18),
            Cohort(id: "mas-b", name: "MAS cohort B", size: 16),
        ]
        var plan: [(String, String, [String], LocalDate, (Int, Int), (Int, Int), String?, [String], String)] = []
        let topics: [(String, String, [String])] = [
            ("commons", "Governing the commons: local institutions & shared resources", ["rossi"]),
            ("policy", "Public policy design <for> \"territorial\" innovation", ["bianchi"]),
            ("energy", "Managing energy and climate at the scale of a small town, from diagnosis to a ten-year local plan",
             ["dubois", "conti"]),
            ("mobility", "Low-carbon mobility", ["conti"]),
            ("food", "Eating local: food systems and short supply chains", ["rossi", "dubois"]),
        ]
        let start = LocalDate(year: 2023, month: 11, day: 27)
        for day in 0..<12 {
            let date = start.adding(days: day)
            guard date.weekday.index < 5 else { continue }
            let (aMorning, bMorning) = (topics[day % 5], topics[(day + 2) % 5])
            plan.append((aMorning.0, aMorning.1, aMorning.2, date, (9, 0), (12, 30), "aula-1", ["mas-a"], "ravenna"))
            if !aMorning.2.contains(where: bMorning.2.contains) {
                plan.append((bMorning.0, bMorning.1, bMorning.2, date, (9, 30), (12, 0), "aula-magna", ["mas-b"], "palazzo"))
            }
            if date.weekday == .wednesday {
                plan.append(("lecture", "Open lecture: the Anthropocene and local democracy", ["bianchi"], date, (14, 0), (16, 0),
                             "aula-magna", ["mas-a", "mas-b"], "palazzo"))
            } else if date.weekday == .friday {
                plan.append(("field", "Field visit", [], date, (14, 0), (17, 0), nil, ["mas-a"], "ravenna"))
            }
        }
        return build(
            id: "ravenna-2023", title: "Territorial Innovation — Ravenna weeks", subtitle: "MAS Innovation territoriale 2023–2024",
            organisers: ["Collège européen de Cluny", "University of Bologna"], language: "en", calendar: calendar,
            venues: venues, rooms: rooms, trainers: trainers, cohorts: cohorts, plan: plan,
            blocks: [ScheduledBlock(
                id: "immersion", title: "Professional immersion in a local authority", from: LocalDate(year: 2024, month: 3, day: 4),
                to: LocalDate(year: 2024, month: 7, day: 12), venue: nil, cohorts: ["mas-a", "mas-b"]
            )],
            published: "2023-11-01T08:30:00Z"
        )
    }()

    private static func build(
        id: String, title: String, subtitle: String, organisers: [String], language: String, calendar: ProgrammeCalendar,
        venues: [Venue], rooms: [Room], trainers: [Trainer], cohorts: [Cohort],
        plan: [(String, String, [String], LocalDate, (Int, Int), (Int, Int), String?, [String], String)],
        blocks: [ScheduledBlock] = [], published: String
    ) -> (programme: Programme, schedule: Schedule) {
        var sessions: [Session] = []
        var entries: [ScheduledOccurrence] = []
        var occurrenceCount: [String: Int] = [:]
        for (session, sessionTitle, sessionTrainers, date, start, end, room, sessionCohorts, venue) in plan {
            let startTime = TimeOfDay(hour: start.0, minute: start.1)
            let endTime = TimeOfDay(hour: end.0, minute: end.1)
            let occurrence = (occurrenceCount[session] ?? 0) + 1
            occurrenceCount[session] = occurrence
            if occurrence == 1 {
                sessions.append(Session(
                    id: session, title: sessionTitle, duration: .minutes(endTime.minutes - startTime.minutes),
                    trainers: sessionTrainers, rooms: room.map { [$0] } ?? [], cohorts: sessionCohorts
                ))
            } else if let index = sessions.firstIndex(where: { $0.id == session }) {
                sessions[index].occurrences = occurrence
            }
            entries.append(ScheduledOccurrence(
                key: "\(session)/\(occurrence)", session: session, occurrence: occurrence, title: sessionTitle, module: nil,
                date: date, startTime: startTime, endTime: endTime, start: "\(date)T\(startTime):00+01:00",
                end: "\(date)T\(endTime):00+01:00", timezone: venues[0].timezone, venue: venue, room: room,
                trainers: sessionTrainers, cohorts: sessionCohorts
            ))
        }
        entries.sort { ($0.date, $0.startTime, $0.session) < ($1.date, $1.startTime, $1.session) }
        let programme = Programme(
            id: id, title: title, subtitle: subtitle, organisers: organisers, language: language, calendar: calendar,
            venues: venues, rooms: rooms, trainers: trainers, cohorts: cohorts, sessions: sessions
        )
        let schedule = Schedule(
            programme: id, title: title, language: language, published: published, seed: 1,
            cost: ScheduleCost(hard: 0, soft: 0, penalties: []), entries: entries, blocks: blocks
        )
        return (programme, schedule)
    }
}
