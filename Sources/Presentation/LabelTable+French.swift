extension LabelTable {
    /// The labels in French (`fr`).
    static func french(_ label: Label) -> String {
        switch label {
        case .programme: "Programme"
        case .atAGlance: "Jour par jour"
        case .weekGrids: "Emplois du temps de la semaine"
        case .weekOf: "Semaine du"
        case .cohorts: "Groupes"
        case .trainers: "Intervenants"
        case .rooms: "Salles"
        case .venues: "Lieux"
        case .cohort: "Groupe"
        case .trainer: "Intervenant"
        case .room: "Salle"
        case .venue: "Lieu"
        case .time: "Horaire"
        case .session: "Séance"
        case .speakers: "Intervenants"
        case .organisedBy: "Organisé par"
        case .calendarFeeds: "Agendas à suivre"
        case .subscribe: "S’abonner"
        case .indexOfTrainers: "Index des intervenants"
        case .indexOfVenues: "Index des lieux"
        case .periods: "Périodes"
        case .seats: "places"
        case .noSessions: "Aucune séance."
        case .backToProgramme: "Retour au programme"
        case .pageAbbreviation: "p."
        case .`and`: "et"
        case .continued: "(suite)"
        case .teaching: "Enseignements"
        case .weeks: "Semaines"
        case .travel: "Voyage"
        case .module: "Module"
        }
    }
}
