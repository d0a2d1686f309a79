/// One phase of a search: construction, repair or local search (after Timefold's phases). Each
/// works on the scope left by the one before and stops at its own end or at `termination`.
protocol SearchPhase {
    mutating func run(_ scope: inout SearchScope, termination: some Termination)
}
