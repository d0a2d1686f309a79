import Curriculum

/// A set of events bound by one rule (`sameDay`, `differentDays`, a module, a spread preference).
struct EventGroup: Hashable, Sendable {
    var events: [Int32]
    /// Rule parameter: minimum days (spread), weeks (module), unused otherwise.
    var parameter: Int32
    var weight: Int32
    var source: SourceLocation
}
