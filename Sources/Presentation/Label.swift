/// A fixed piece of text of the printed timetables and booklet, translated by `Localization`.
public enum Label: String, Hashable, Sendable, CaseIterable {
    case programme
    case atAGlance
    case weekGrids
    case weekOf
    case cohorts
    case trainers
    case rooms
    case venues
    case cohort
    case trainer
    case room
    case venue
    case time
    case session
    case speakers
    case organisedBy
    case calendarFeeds
    case subscribe
    case indexOfTrainers
    case indexOfVenues
    case periods
    case seats
    case noSessions
    case backToProgramme
    case pageAbbreviation

    /// The label in `language`.
    func text(in language: Localization.Language) -> String {
        let (english, french, italian) = translations
        switch language {
        case .english: return english
        case .french: return french
        case .italian: return italian
        }
    }

    private var translations: (String, String, String) {
        switch self {
        case .programme: ("Programme", "Programme", "Programma")
        case .atAGlance: ("Day by day", "Jour par jour", "Giorno per giorno")
        case .weekGrids: ("Weekly timetables", "Emplois du temps de la semaine", "Orari settimanali")
        case .weekOf: ("Week of", "Semaine du", "Settimana del")
        case .cohorts: ("Cohorts", "Groupes", "Gruppi")
        case .trainers: ("Trainers", "Intervenants", "Docenti")
        case .rooms: ("Rooms", "Salles", "Aule")
        case .venues: ("Venues", "Lieux", "Sedi")
        case .cohort: ("Cohort", "Groupe", "Gruppo")
        case .trainer: ("Trainer", "Intervenant", "Docente")
        case .room: ("Room", "Salle", "Aula")
        case .venue: ("Venue", "Lieu", "Sede")
        case .time: ("Time", "Horaire", "Orario")
        case .session: ("Session", "Séance", "Sessione")
        case .speakers: ("Speakers", "Intervenants", "Relatori")
        case .organisedBy: ("Organised by", "Organisé par", "Organizzato da")
        case .calendarFeeds: ("Calendar feeds", "Agendas à suivre", "Calendari da seguire")
        case .subscribe: ("Subscribe", "S’abonner", "Iscriviti")
        case .indexOfTrainers: ("Index of trainers", "Index des intervenants", "Indice dei docenti")
        case .indexOfVenues: ("Index of venues", "Index des lieux", "Indice delle sedi")
        case .periods: ("Periods", "Périodes", "Periodi")
        case .seats: ("seats", "places", "posti")
        case .noSessions: ("No sessions.", "Aucune séance.", "Nessuna sessione.")
        case .backToProgramme: ("Back to the programme", "Retour au programme", "Torna al programma")
        case .pageAbbreviation: ("p.", "p.", "p.")
        }
    }
}
