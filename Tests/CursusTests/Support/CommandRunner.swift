import CursusTestSupport
import Foundation

/// Runs the built `cursus` binary, as a user would, and captures what it prints.
struct CommandRunner {
    typealias Output = ProcessOutput

    /// `CURSUS_BIN` when set (the Makefile points it at the release build), else the debug build.
    static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["CURSUS_BIN"], !path.isEmpty { return URL(fileURLWithPath: path) }
        return PackageRoot.url(".build/debug/cursus")
    }

    /// Runs `cursus arguments` in the package root, without the caller's `SOURCE_DATE_EPOCH`.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Output {
        try ProcessRunner.run(binary, arguments, environment: environment, removing: ["SOURCE_DATE_EPOCH"])
    }

    /// A fresh temporary folder.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
