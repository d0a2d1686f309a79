public import Curriculum

/// A language a programme or session asks for that has no table in `LabelTable`: its timetables and
/// booklet would fall back to English labels.
public enum LabelError: Error, Hashable, Sendable {
    case noLabels(language: String, location: SourceLocation)

    /// One error per language without labels: the programme's, then each session's, in file order.
    public static func check(_ programme: Programme) -> [LabelError] {
        var errors: [LabelError] = []
        if !LabelTable.hasLabels(for: programme.language) {
            errors.append(.noLabels(language: programme.language, location: programme.languageLocation ?? programme.location))
        }
        for session in programme.sessions {
            if let language = session.language, !LabelTable.hasLabels(for: language) {
                errors.append(.noLabels(language: language, location: session.location))
            }
        }
        return errors
    }
}
