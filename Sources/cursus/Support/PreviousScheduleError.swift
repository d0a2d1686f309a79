import Curriculum

/// A previous schedule named by a `stability` preference that cannot be used; ``message`` writes the text.
enum PreviousScheduleError: Error, Equatable {
    /// The file exists but cannot be read or decoded; located at the preference that names it.
    case unreadable(SourceLocation, path: String, reason: String)

    var message: String {
        switch self {
        case let .unreadable(location, path, reason):
            return "\(location): error: stability: cannot read the previous schedule '\(path)': \(reason)"
        }
    }
}
