extension LabelTable {
    /// The labels in German (`de`).
    static func german(_ label: Label) -> String {
        switch label {
        case .programme: "Programm"
        case .atAGlance: "Tag für Tag"
        case .weekGrids: "Wochenpläne"
        case .weekOf: "Woche vom"
        case .cohorts: "Gruppen"
        case .trainers: "Lehrende"
        case .rooms: "Räume"
        case .venues: "Orte"
        case .cohort: "Gruppe"
        case .trainer: "Lehrende·r"
        case .room: "Raum"
        case .venue: "Ort"
        case .time: "Uhrzeit"
        case .session: "Sitzung"
        case .speakers: "Referierende"
        case .organisedBy: "Veranstaltet von"
        case .calendarFeeds: "Kalender zum Abonnieren"
        case .subscribe: "Abonnieren"
        case .indexOfTrainers: "Verzeichnis der Lehrenden"
        case .indexOfVenues: "Verzeichnis der Orte"
        case .periods: "Zeiträume"
        case .seats: "Plätze"
        case .noSessions: "Keine Sitzungen."
        case .backToProgramme: "Zurück zum Programm"
        case .pageAbbreviation: "S."
        case .`and`: "und"
        case .continued: "(Fortsetzung)"
        case .teaching: "Unterricht"
        case .weeks: "Wochen"
        case .travel: "Reise"
        case .module: "Modul"
        }
    }
}
