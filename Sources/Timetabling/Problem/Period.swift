public import Curriculum

/// One period of the grid: a date and a span of local time at the venues.
public struct Period: Hashable, Sendable {
    /// Index into ``Problem/dates``.
    public var day: Int
    public var start: TimeOfDay
    public var end: TimeOfDay
    /// Index into ``Problem/windows``.
    public var window: Int
}
