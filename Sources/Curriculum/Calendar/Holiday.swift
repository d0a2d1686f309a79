/// A public holiday: a date and its name in the country's language.
public struct Holiday: Hashable, Sendable, Codable {
    public var date: LocalDate
    /// Name in the country's language, e.g. `Lundi de Pâques`, `Lunedì dell'Angelo`.
    public var name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}
