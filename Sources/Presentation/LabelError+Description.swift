extension LabelError: CustomStringConvertible {
    /// `file:line:column: error: no labels in language 'nl' for the timetables and booklet; available: de, en, es, fr, it`.
    public var description: String {
        switch self {
        case .noLabels(let language, let location):
            return "\(location): error: no labels in language '\(language)' for the timetables and booklet; available: "
                + LabelTable.languages.joined(separator: ", ")
        }
    }
}
