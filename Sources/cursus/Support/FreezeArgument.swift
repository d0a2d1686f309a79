import ArgumentParser
import Curriculum
import Foundation
import Releases

/// The value of `--freeze-until`: a date (`2023-01-17`) or `now`.
struct FreezeArgument: ExpressibleByArgument, Sendable {
    var text: String
    var line: FreezeLine

    init?(argument: String) {
        text = argument
        if argument == "now" {
            line = .instant(seconds: Int(Date().timeIntervalSince1970))
        } else if let date = LocalDate(iso: argument) {
            line = .date(date)
        } else {
            return nil
        }
    }

    static var defaultCompletionKind: CompletionKind { .default }
}
