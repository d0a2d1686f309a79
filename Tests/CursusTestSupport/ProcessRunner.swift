public import Foundation

/// Runs a program to its end and captures what it prints. Standard output and standard error are
/// drained together (a program that fills the one pipe nobody reads would otherwise block forever).
public enum ProcessRunner {
    /// - Parameters:
    ///   - environment: variables added to (or replacing those of) the test process's environment.
    ///   - removing: variables taken out of the inherited environment (e.g. `SOURCE_DATE_EPOCH`).
    ///   - input: text written to the program's standard input (nil: none, the input is closed).
    ///   - currentDirectory: the working folder (nil: the package root).
    public static func run(
        _ executable: URL, _ arguments: [String], environment: [String: String] = [:], removing: [String] = [],
        input: String? = nil, currentDirectory: URL? = nil
    ) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = currentDirectory ?? PackageRoot.url
        var variables = ProcessInfo.processInfo.environment
        for name in removing { variables.removeValue(forKey: name) }
        for (name, value) in environment { variables[name] = value }
        process.environment = variables
        let output = Pipe(), error = Pipe(), standardInput = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = standardInput
        try process.run()
        if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
        try? standardInput.fileHandleForWriting.close()
        let errorText = Drain(error.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errorText.wait()
        process.waitUntilExit()
        return ProcessOutput(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// The program found on `PATH` under `name` (`curl`, `pdftotext`), or nil.
    public static func onPath(_ name: String) -> URL? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.lazy.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// Reads a pipe to its end on a thread of its own.
private final class Drain: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// Everything read, once the pipe is closed.
    func wait() -> Data {
        done.wait()
        return data
    }
}
