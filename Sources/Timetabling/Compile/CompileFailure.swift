/// Why a programme cannot be compiled: the occurrences that have no possible start or room, and
/// the input files that could not be read (e.g. the previous schedule of a `stability` preference).
public struct CompileFailure: Error, Sendable, CustomStringConvertible {
    public var unplaceable: [UnplaceableEvent]
    /// Files named by the curriculum that exist but could not be read or decoded, with where they are named.
    public var unreadable: [UnplaceableEvent.Reason]

    public init(unplaceable: [UnplaceableEvent], unreadable: [UnplaceableEvent.Reason] = []) {
        self.unplaceable = unplaceable
        self.unreadable = unreadable
    }

    public var description: String {
        (unreadable.map { "\($0.location): \($0.message)" } + unplaceable.map(\.description)).joined(separator: "\n")
    }
}
