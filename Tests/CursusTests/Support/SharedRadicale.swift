import CursusTestSupport
import Testing

/// A suite trait: one ``Radicale`` for the whole suite (starting one takes seconds under load),
/// reachable as `Radicale.shared` by its tests and stopped by its PID when the suite ends.
struct SharedRadicale: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void) async throws {
        let radicale = try Radicale()
        defer { radicale.stop() }
        try await Radicale.$shared.withValue(radicale) { try await function() }
    }
}

extension Trait where Self == SharedRadicale {
    /// Runs the suite with one Radicale started for it.
    static var sharedRadicale: Self { SharedRadicale() }
}
