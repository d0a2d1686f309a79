import Foundation

/// Where the command-line tool writes: results to standard output, problems and progress to standard error.
enum Terminal {
    /// Whether standard error is an interactive terminal (progress lines are redrawn only then).
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// Writes one line to standard output at once (not buffered: a server's log is read as it runs).
    static func printLine(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Redraws the current progress line in place.
    static func progress(_ line: String) {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
    }

    static func endProgress() {
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
