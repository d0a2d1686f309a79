extension CTTSolution {
    /// The solution in `.sol` format, one `course room day period` line per lecture, in order.
    public var solText: String {
        lectures.map { "\($0.course) \($0.room) \($0.day) \($0.period)\n" }.joined()
    }
}
