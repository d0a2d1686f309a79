import CursusTestSupport
import Foundation

/// A real CalDAV server for the publish tests: Radicale from the test venv (`make venv`), on a free
/// loopback port, with its own storage folder and a plain-text htpasswd file; stopped by its PID.
/// One server serves a whole suite (``SharedRadicale``); each test publishes to its own calendar.
///
/// `@unchecked Sendable`: its state is set once by `init`; only the suite's trait stops it, after the suite.
final class Radicale: @unchecked Sendable {
    static let python = PackageRoot.url.appendingPathComponent(".venv/bin/python")
    static var isInstalled: Bool {
        (try? BackgroundProcess.run(python.path, ["-c", "import radicale"]).status) == 0
    }

    /// The server of the running suite (set by ``SharedRadicale``).
    @TaskLocal static var shared: Radicale?

    let folder: URL
    let port: Int
    let user = "alice", password = "wonderland"
    private let process: BackgroundProcess

    var logFile: URL { folder.appendingPathComponent("radicale.log") }

    init() throws {
        folder = try CommandRunner.temporaryDirectory()
        port = try Self.freePort()
        try Data("\(user):\(password)\n".utf8).write(to: folder.appendingPathComponent("users"))
        let config = """
            [server]
            hosts = 127.0.0.1:\(port)
            [auth]
            type = htpasswd
            htpasswd_filename = \(folder.path)/users
            htpasswd_encryption = plain
            delay = 0
            [rights]
            type = owner_only
            [storage]
            filesystem_folder = \(folder.path)/storage
            [logging]
            level = info
            """
        try Data(config.utf8).write(to: folder.appendingPathComponent("config"))
        process = try BackgroundProcess(
            Self.python, ["-m", "radicale", "--config", folder.appendingPathComponent("config").path],
            logFile: folder.appendingPathComponent("radicale.log"))
        for _ in 0..<300 where try curl(["-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/"]) == "000" {
            usleep(100_000)
        }
    }

    /// Stops the server by its PID and throws its storage away. SIGKILL: Radicale waits for its idle
    /// keep-alive connections on SIGTERM.
    func stop() {
        _ = process.stop(SIGKILL)
        try? FileManager.default.removeItem(at: folder)
    }

    enum RadicaleError: Error { case notStarted(String), noSuite }

    /// A new, empty calendar collection of `user` for one test (MKCALENDAR).
    func calendar() throws -> RadicaleCalendar {
        let calendar = RadicaleCalendar(server: self, name: "calendar-\(UUID().uuidString.lowercased())")
        let created = try curl(["-o", "/dev/null", "-w", "%{http_code}", "-u", "\(user):\(password)", "-X", "MKCALENDAR", calendar.url])
        guard created == "201" else { throw RadicaleError.notStarted(created) }
        return calendar
    }

    /// A new calendar on the suite's shared server.
    static func calendar() throws -> RadicaleCalendar {
        guard let shared else { throw RadicaleError.noSuite }
        return try shared.calendar()
    }

    /// Runs curl against the server; its standard output.
    func curl(_ arguments: [String]) throws -> String {
        try BackgroundProcess.run("/usr/bin/curl", ["-s"] + arguments).output
    }

    /// A port nothing listens on right now (bound to 0 and released).
    static func freePort() throws -> Int {
        let script = "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"
        let output = try BackgroundProcess.run(python.path, ["-c", script]).output
        return Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
