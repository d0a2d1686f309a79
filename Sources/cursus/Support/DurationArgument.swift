import Foundation
import ArgumentParser

/// A wall-clock budget on the command line: `30s`, `2m`, `1h`, `500ms`, or plain seconds (`45`).
struct DurationArgument: ExpressibleByArgument, Sendable {
    var duration: Duration

    init?(argument: String) {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value > 0 else { return nil }
            duration = .milliseconds(Int64((value * factor * 1000).rounded()))
            return
        }
        guard let seconds = Double(text), seconds > 0 else { return nil }
        duration = .milliseconds(Int64((seconds * 1000).rounded()))
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
