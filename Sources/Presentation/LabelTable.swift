/// The fixed labels of the printed timetables and booklet: one table per language, each a `switch`
/// over every `Label`, so that the compiler refuses a table with a label missing.
public enum LabelTable {
    /// The tables by primary language subtag.
    static let tables: [String: @Sendable (Label) -> String] = [
        "de": german, "en": english, "es": spanish, "fr": french, "it": italian,
    ]

    /// The languages that have labels, sorted (`de`, `en`, `es`, `fr`, `it`).
    public static var languages: [String] { tables.keys.sorted() }

    /// Whether `languageTag` (`fr`, `fr-FR`, `pt-BR`) has labels.
    public static func hasLabels(for languageTag: String) -> Bool {
        tables[Localization(languageTag: languageTag).language] != nil
    }
}
