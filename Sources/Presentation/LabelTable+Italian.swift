extension LabelTable {
    /// The labels in Italian (`it`).
    static func italian(_ label: Label) -> String {
        switch label {
        case .programme: "Programma"
        case .atAGlance: "Giorno per giorno"
        case .weekGrids: "Orari settimanali"
        case .weekOf: "Settimana del"
        case .cohorts: "Gruppi"
        case .trainers: "Docenti"
        case .rooms: "Aule"
        case .venues: "Sedi"
        case .cohort: "Gruppo"
        case .trainer: "Docente"
        case .room: "Aula"
        case .venue: "Sede"
        case .time: "Orario"
        case .session: "Sessione"
        case .speakers: "Relatori"
        case .organisedBy: "Organizzato da"
        case .calendarFeeds: "Calendari da seguire"
        case .subscribe: "Iscriviti"
        case .indexOfTrainers: "Indice dei docenti"
        case .indexOfVenues: "Indice delle sedi"
        case .periods: "Periodi"
        case .seats: "posti"
        case .noSessions: "Nessuna sessione."
        case .backToProgramme: "Torna al programma"
        case .pageAbbreviation: "p."
        case .`and`: "e"
        case .continued: "(continua)"
        case .teaching: "Didattica"
        case .weeks: "Settimane"
        case .travel: "Viaggio"
        case .module: "Modulo"
        }
    }
}
