import CursusTestSupport
import Foundation

/// A program started for a test (`cursus serve`, Radicale) and stopped by its PID.
final class BackgroundProcess {
    let process = Process()
    private let output = Pipe()
    private var seen = Data()

    /// Starts the program; its output goes to `logFile` when given (a server that logs much must not
    /// fill a pipe nobody reads), else to a pipe read by `waitForLine` and `stop`.
    init(_ executable: URL, _ arguments: [String], environment: [String: String] = [:], logFile: URL? = nil) throws {
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = PackageRoot.url
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let logFile {
            FileManager.default.createFile(atPath: logFile.path, contents: nil)
            let handle = try FileHandle(forWritingTo: logFile)
            process.standardOutput = handle
            process.standardError = handle
        } else {
            process.standardOutput = output
            process.standardError = output
        }
        try process.run()
    }

    deinit {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Reads the output until a line contains `text`; the line, or nil at end of output.
    func waitForLine(containing text: String) -> String? {
        while true {
            if let line = String(decoding: seen, as: UTF8.self).split(separator: "\n").first(where: { $0.contains(text) }) {
                return String(line)
            }
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return nil }
            seen += chunk
        }
    }

    /// Sends `signal` to the process (by its PID), waits for it to end, and returns its status and all it printed.
    func stop(_ signal: Int32 = SIGTERM) -> (status: Int32, output: String) {
        kill(process.processIdentifier, signal)
        if process.standardOutput as? Pipe != nil { seen += output.fileHandleForReading.readDataToEndOfFile() }
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: seen, as: UTF8.self))
    }

    /// Runs a short command (`curl`, a venv's Python) to its end: status and standard output.
    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let run = try ProcessRunner.run(URL(fileURLWithPath: executable), arguments)
        return (run.status, run.standardOutput)
    }
}
