import Curriculum

/// The hyphenation dictionaries of a programme's languages (its own and its sessions'), each
/// loaded once per booklet. A language without a dictionary is set without hyphenation.
struct Hyphenation {
    private let hyphenators: [String: Hyphenator]
    /// Each language without a dictionary, with the place of the curriculum that first names it.
    let missing: [(language: String, location: SourceLocation)]

    init(programme: Programme) {
        var uses = [(language: programme.language, location: programme.languageLocation ?? programme.location)]
        uses += programme.sessions.compactMap { session in session.language.map { ($0, session.location) } }
        var hyphenators: [String: Hyphenator] = [:]
        var missing: [(language: String, location: SourceLocation)] = []
        for use in uses where hyphenators[use.language] == nil && !missing.contains(where: { $0.language == use.language }) {
            if let hyphenator = Hyphenator(language: use.language) {
                hyphenators[use.language] = hyphenator
            } else {
                missing.append(use)
            }
        }
        self.hyphenators = hyphenators
        self.missing = missing
    }

    /// `text` (plain, not markup) with soft hyphens at its hyphenation points in BCP 47 `language`.
    func hyphenate(_ text: String, language: String) -> String {
        hyphenators[language]?.hyphenate(text) ?? text
    }

    /// The warning for each language without a dictionary.
    var warnings: [String] {
        let places = Hyphenator.directories.joined(separator: ", ")
        return missing.map { use in
            let primary = use.language.split(separator: "-").first.map(String.init) ?? use.language
            return "\(use.location): warning: no hyphenation dictionary for language \"\(use.language)\" (no hyph_\(primary)*.dic in \(places);"
                + " Debian names their packages hyphen-<language>); the booklet's text in it is not hyphenated: lines break"
                + " between words, and a word wider than its box between letters"
        }
    }
}
