import ArgumentParser

/// The exit statuses of every command, in one place (DESIGN.md §7). When several files are
/// handled, the command exits with the highest status of any of them.
enum ExitStatus: Int32, Comparable {
    /// Everything asked was done.
    case success = 0
    /// A failure of Cursus itself (e.g. the score audit found an incremental cost that disagrees).
    case internalError = 1
    /// Bad input: a malformed file, an unknown option value, a file that cannot be read.
    case badInput = 2
    /// No schedule satisfies the hard rules (an explanation is printed).
    case infeasible = 3

    static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

    /// The status as swift-argument-parser's exit code (throw it to exit).
    var exitCode: ExitCode { ExitCode(rawValue) }
}
