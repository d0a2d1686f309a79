/// A stopping rule: one method.
protocol Termination: Sendable {
    func isReached(_ status: SearchStatus) -> Bool
}
