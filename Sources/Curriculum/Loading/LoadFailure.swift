/// Every problem found in a curriculum file, sorted by position.
public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    /// Keeps each distinct diagnostic once (a merged anchor may repeat one), sorted by position.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = Array(Set(diagnostics)).sorted()
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
