/// What a program run to its end printed, and how it ended.
public struct ProcessOutput: Sendable {
    /// The exit status (or the signal number for a program killed by a signal).
    public var status: Int32
    public var standardOutput: String
    public var standardError: String

    public init(status: Int32, standardOutput: String, standardError: String) {
        self.status = status
        self.standardOutput = standardOutput
        self.standardError = standardError
    }
}
