import Synchronization

/// A thread-safe flag that asks running searches to stop and keep their best (e.g. on SIGINT).
///
/// A class because it is shared between the caller and the searches; its only state is an atomic.
public final class StopFlag: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    /// Asks every search holding this flag to stop.
    public func stop() { flag.store(true, ordering: .relaxed) }

    public var isStopped: Bool { flag.load(ordering: .relaxed) }
}
