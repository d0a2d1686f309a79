/// What a search knows when it asks whether to stop.
struct SearchStatus: Sendable {
    var iterations: Int
    var elapsed: Duration
    var bestHard: Int
    var bestSoft: Int
}
