/// A hard unary rule of one event: the candidate starts it leaves.
///
/// The compiler removes every start a restriction does not allow; when it removes some, its
/// ``reason`` is kept for the event, and shown in ``CompileFailure`` when no start remains.
protocol StartRestriction {
    /// The rule in plain words, with where it is stated.
    var reason: UnplaceableEvent.Reason { get }
    /// Whether the event may occupy the `length` periods from period `start`.
    func allows(start: Int, length: Int) -> Bool
}
