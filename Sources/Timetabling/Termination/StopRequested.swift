/// Stops when a ``StopFlag`` is raised.
struct StopRequested: Termination {
    var flags: [StopFlag]
    func isReached(_ status: SearchStatus) -> Bool { flags.contains { $0.isStopped } }
}
