public import Curriculum

/// What is wrong with a solver configuration file (`--solver-config`); ``message`` writes the text.
public enum SolverConfigError: Error, Equatable, Sendable {
    /// The file could not be read (the CLI reads it).
    case unreadable(file: String, reason: String)
    /// The text is not JSON.
    case syntax(file: String, reason: String)
    /// The JSON is not an object of keys.
    case notAnObject(file: String)
    /// A key that no tuning constant has.
    case unknownKey(SourceLocation, key: String, suggestion: String?)
    /// A value of the wrong type or out of its range; `expected` says what it must be, `found`
    /// quotes the file.
    case invalidValue(SourceLocation, key: String, expected: String, found: String)
}
