import Foundation
import Synchronization
import Timetabling

/// Shows a live progress line on a terminal (elapsed, best hard/soft, moves per second); silent otherwise.
final class ProgressReporter: Sendable {
    let label: String
    let isLive: Bool
    private let shown = Mutex<Bool>(false)

    init(label: String) {
        self.label = label
        isLive = Terminal.standardErrorIsTerminal
    }

    func report(_ progress: SolverProgress) {
        let seconds = Double(progress.elapsed.components.seconds) + Double(progress.elapsed.components.attoseconds) / 1e18
        let rate = seconds > 0 ? Int(Double(progress.iterations) / seconds) : 0
        let line = "\(label): \(String(format: "%.1f", seconds)) s  best hard \(progress.bestHard) soft \(progress.bestSoft)  \(rate) moves/s (search \(progress.thread + 1))"
        shown.withLock { shown in
            shown = true
            Terminal.progress(line)
        }
    }

    func finish() {
        shown.withLock { shown in
            if shown { Terminal.endProgress() }
        }
    }
}
