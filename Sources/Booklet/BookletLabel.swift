import Timetable

/// The booklet's own fixed texts (beside the shared `Label`s), in French, Italian and English
/// (English for any other language).
enum BookletLabel: Hashable, Sendable {
    /// After a heading repeated on the next page: "Jeudi 19 janvier 2023 (suite)".
    case continued
    /// Before the dates of the teaching on the cover when the programme also has long periods.
    case teaching
    /// Before the dates of several weeks listed together instead of drawn as grids.
    case weeks

    /// The label in the localization's language.
    func text(in localization: Localization) -> String {
        switch (self, localization.language.rawValue) {
        case (.continued, "fr"): "(suite)"
        case (.continued, "it"): "(continua)"
        case (.continued, _): "(continued)"
        case (.teaching, "fr"): "Enseignements"
        case (.teaching, "it"): "Didattica"
        case (.teaching, _): "Teaching"
        case (.weeks, "fr"): "Semaines"
        case (.weeks, "it"): "Settimane"
        case (.weeks, _): "Weeks"
        }
    }
}
