/// Why a programme cannot be compiled: the occurrences that have no possible start or room.
public struct CompileFailure: Error, Sendable, CustomStringConvertible {
    public var unplaceable: [UnplaceableEvent]

    public init(unplaceable: [UnplaceableEvent]) {
        self.unplaceable = unplaceable
    }

    public var description: String {
        unplaceable.map(\.description).joined(separator: "\n")
    }
}
