extension SolverConfigError {
    /// The one place that writes the text: `file:line:column: error: …`, with a hint when it helps.
    public var message: String {
        switch self {
        case let .unreadable(file, reason):
            return "\(file): error: cannot read the solver configuration: \(reason)"
        case let .syntax(file, reason):
            return "\(file): error: the solver configuration is not valid JSON: \(reason)"
        case let .notAnObject(file):
            return "\(file): error: the solver configuration must be a JSON object of tuning keys, e.g. {\"kempeRate\": 0.1}"
        case let .unknownKey(location, key, suggestion):
            return "\(location): error: unknown solver configuration key '\(key)'"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; the keys are listed in docs/solver-config.md")
        case let .invalidValue(location, key, expected, found):
            return "\(location): error: invalid value for '\(key)': expected \(expected), found \(found)"
        }
    }
}
