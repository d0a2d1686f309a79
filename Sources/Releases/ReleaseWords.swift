public import Curriculum

/// The words of change reports and notices in a programme's language (French, Italian, else English),
/// written out by hand so that output never depends on the system locale.
public struct ReleaseWords: Hashable, Sendable {
    enum Language: Hashable, Sendable { case english, french, italian }

    let language: Language

    /// The words for a BCP 47 tag (`fr`, `fr-FR`, `it`, `en`); English when unknown.
    public init(languageTag: String) {
        switch languageTag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first?.lowercased() {
        case "fr": language = .french
        case "it": language = .italian
        default: language = .english
        }
    }

    /// "lundi 16 janvier 2023", "Monday 16 January 2023", "lunedì 16 gennaio 2023".
    public func date(_ date: LocalDate) -> String {
        let weekdays: [String]
        let months: [String]
        switch language {
        case .english:
            weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
            months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        case .french:
            weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
            months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
        case .italian:
            weekdays = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
            months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
        }
        let day = date.day == 1 && language == .french ? "1er" : String(date.day)
        return "\(weekdays[date.weekday.index]) \(day) \(months[date.month - 1]) \(date.year)"
    }

    /// The heading of the latest releases on the HTML index.
    public var changesHeading: String { pick("Changes", "Modifications", "Modifiche") }
    var firstPublication: String { pick("first publication", "première publication", "prima pubblicazione") }

    /// "Version 3 — dimanche 8 janvier 2023".
    func releaseTitle(_ number: Int, date: LocalDate?) -> String {
        let label = pick("Release \(number)", "Version \(number)", "Versione \(number)")
        return date.map { "\(label) — \(self.date($0))" } ?? label
    }

    var added: String { pick("added", "ajouté", "aggiunto") }
    var moved: String { pick("moved", "déplacé", "spostato") }
    var cancelled: String { pick("cancelled", "annulé", "annullato") }
    var before: String { pick("before", "avant", "prima") }
    var after: String { pick("now", "désormais", "ora") }
    var noChange: String { pick("No change.", "Aucun changement.", "Nessuna modifica.") }
    /// What follows a label: `:`, or a no-break space and `:` in French.
    var colon: String { language == .french ? "\u{00A0}:" : ":" }

    func kind(_ kind: Recipient.Kind) -> String {
        switch kind {
        case .trainer: pick("trainer", "intervenant·e", "docente")
        case .cohort: pick("cohort", "groupe", "gruppo")
        case .room: pick("room", "salle", "aula")
        }
    }

    func greeting(_ name: String) -> String { pick("Hello \(name),", "Bonjour \(name),", "Buongiorno \(name),") }

    func subject(_ title: String, release: Int) -> String {
        pick("\(title): changes (release \(release))", "\(title) : modifications (version \(release))",
             "\(title): modifiche (versione \(release))")
    }

    func introduction(_ title: String, release: Int, date: LocalDate) -> String {
        pick("The programme “\(title)” has changed (release \(release), \(self.date(date))). What changes for you:",
             "Le programme « \(title) » a changé (version \(release), \(self.date(date))). Ce qui change pour vous\u{00A0}:",
             "Il programma «\(title)» è cambiato (versione \(release), \(self.date(date))). Cosa cambia per te:")
    }

    var attachment: String {
        pick("The attached calendar file updates these events in your calendar app.",
             "Le fichier de calendrier joint met ces événements à jour dans votre agenda.",
             "Il file di calendario allegato aggiorna questi eventi nella tua agenda.")
    }

    private func pick(_ english: String, _ french: String, _ italian: String) -> String {
        switch language {
        case .english: english
        case .french: french
        case .italian: italian
        }
    }
}
