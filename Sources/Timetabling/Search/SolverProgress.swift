/// A snapshot of one running search.
public struct SolverProgress: Sendable {
    public var thread: Int
    public var elapsed: Duration
    public var iterations: Int
    public var hard: Int
    public var soft: Int
    public var bestHard: Int
    public var bestSoft: Int
    public var temperature: Double
}
