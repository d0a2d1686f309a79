/// The few words a feed writes itself, in the programme's language (English otherwise).
struct FeedLabels {
    var trainers: String
    var module: String
    /// What follows a label: `:`, or a no-break space and `:` in French.
    var colon = ":"

    init(language: String) {
        switch language.split(separator: "-").first.map(String.init)?.lowercased() {
        case "fr":
            trainers = "Intervenants"
            module = "Module"
            colon = "\u{00A0}:"
        case "it":
            trainers = "Docenti"
            module = "Modulo"
        default:
            trainers = "Trainers"
            module = "Module"
        }
    }
}
