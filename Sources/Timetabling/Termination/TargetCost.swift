/// Stops when the best schedule has no hard violation and a soft cost at most the target.
struct TargetCost: Termination {
    var soft: Int?
    func isReached(_ status: SearchStatus) -> Bool {
        soft.map { status.bestHard == 0 && status.bestSoft <= $0 } ?? false
    }
}
