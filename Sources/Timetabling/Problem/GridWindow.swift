public import Curriculum

/// An opening window of the grid on one date.
public struct GridWindow: Hashable, Sendable {
    public var day: Int
    public var name: String
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var firstPeriod: Int
    public var periodCount: Int
}
