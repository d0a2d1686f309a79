/// One located problem of a curriculum file, printed as `file:line:column: error: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible, Comparable {
    public var location: SourceLocation
    public var problem: CurriculumProblem
    /// The text written for `problem` by `CurriculumProblem.message`.
    public var message: String { problem.message }

    public init(location: SourceLocation, problem: CurriculumProblem) {
        self.location = location
        self.problem = problem
    }

    public var description: String { "\(location): error: \(message)" }

    /// By position, then by text (so that output never depends on the order checks ran in).
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.message < rhs.message
    }
}
