extension LabelTable {
    /// The labels in Spanish (`es`).
    static func spanish(_ label: Label) -> String {
        switch label {
        case .programme: "Programa"
        case .atAGlance: "Día a día"
        case .weekGrids: "Horarios semanales"
        case .weekOf: "Semana del"
        case .cohorts: "Grupos"
        case .trainers: "Docentes"
        case .rooms: "Salas"
        case .venues: "Sedes"
        case .cohort: "Grupo"
        case .trainer: "Docente"
        case .room: "Sala"
        case .venue: "Sede"
        case .time: "Horario"
        case .session: "Sesión"
        case .speakers: "Ponentes"
        case .organisedBy: "Organizado por"
        case .calendarFeeds: "Calendarios para suscribirse"
        case .subscribe: "Suscribirse"
        case .indexOfTrainers: "Índice de docentes"
        case .indexOfVenues: "Índice de sedes"
        case .periods: "Periodos"
        case .seats: "plazas"
        case .noSessions: "Ninguna sesión."
        case .backToProgramme: "Volver al programa"
        case .pageAbbreviation: "p."
        case .`and`: "y"
        case .continued: "(continuación)"
        case .teaching: "Clases"
        case .weeks: "Semanas"
        case .travel: "Viaje"
        case .module: "Módulo"
        }
    }
}
