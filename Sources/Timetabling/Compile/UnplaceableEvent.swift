public import Curriculum

/// An occurrence with an empty domain, and every restriction that removed possibilities from it.
public struct UnplaceableEvent: Hashable, Sendable, CustomStringConvertible {
    public var session: String
    /// 1-based occurrence number.
    public var occurrence: Int
    public var reasons: [Reason]

    public init(session: String, occurrence: Int, reasons: [Reason]) {
        self.session = session
        self.occurrence = occurrence
        self.reasons = reasons
    }

    /// One restriction, in plain words, with where it is stated.
    public struct Reason: Hashable, Sendable {
        public var message: String
        public var location: SourceLocation

        public init(message: String, location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    public var description: String {
        let lines = reasons.map { "  \($0.location): \($0.message)" }
        return (["session \(session) occurrence \(occurrence) cannot be placed:"] + lines).joined(separator: "\n")
    }
}
