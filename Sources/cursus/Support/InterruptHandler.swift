import Dispatch
import Foundation
import Timetabling

/// Turns Ctrl-C (SIGINT) into a request to stop searching and keep the best schedule found.
/// A second Ctrl-C ends the process at once.
final class InterruptHandler {
    private let source: any DispatchSourceSignal

    init(stop: StopFlag) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if stop.isStopped { exit(130) }
            Terminal.printError("\ninterrupted: keeping the best schedule found (Ctrl-C again to quit now)")
            stop.stop()
        }
        source.resume()
    }

    func cancel() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
