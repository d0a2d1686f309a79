import Foundation

/// A real CalDAV server for the publish tests: Radicale from the test venv (`make venv`), on a free
/// loopback port, with its own storage folder and a plain-text htpasswd file; stopped by its PID.
final class Radicale {
    static let python = CommandRunner.packageRoot.appendingPathComponent(".venv/bin/python")
    static var isInstalled: Bool {
        (try? BackgroundProcess.run(python.path, ["-c", "import radicale"]).status) == 0
    }

    let folder: URL
    let port: Int
    let user = "alice", password = "wonderland"
    private let process: BackgroundProcess

    /// The calendar the tests publish to (created by `init`).
    var calendarURL: String { "http://127.0.0.1:\(port)/\(user)/programme/" }
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
        let created = try curl(["-o", "/dev/null", "-w", "%{http_code}", "-u", "\(user):\(password)", "-X", "MKCALENDAR", calendarURL])
        guard created == "201" else { throw RadicaleError.notStarted(created) }
    }

    deinit {
        // SIGKILL: Radicale waits for its idle keep-alive connections on SIGTERM; its storage is thrown away anyway.
        _ = process.stop(SIGKILL)
        try? FileManager.default.removeItem(at: folder)
    }

    enum RadicaleError: Error { case notStarted(String) }

    /// Runs curl against the server; its standard output.
    func curl(_ arguments: [String]) throws -> String {
        try BackgroundProcess.run("/usr/bin/curl", ["-s"] + arguments).output
    }

    /// The calendar object of `uid` as Radicale holds it (GET).
    func get(uid: String) throws -> String {
        try curl(["-u", "\(user):\(password)", calendarURL + uid + ".ics"])
    }

    /// The requests Radicale logged with this method (`PUT`, `DELETE`).
    func loggedRequests(_ method: String) -> Int {
        let log = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
        return log.split(separator: "\n").filter { $0.contains("] \(method) request for ") }.count
    }

    /// A port nothing listens on right now (bound to 0 and released).
    static func freePort() throws -> Int {
        let script = "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"
        let output = try BackgroundProcess.run(python.path, ["-c", script]).output
        return Int(output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
