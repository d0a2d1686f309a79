import ArgumentParser
import Foundation
import Server

/// `cursus serve DIR`: serve the exports over HTTP until SIGINT or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the exports (feeds, timetables, booklets) over HTTP.",
        discussion: """
            Every file under DIR by GET and HEAD, with a strong ETag (from the content), a Last-Modified that \
            never goes backwards, 304 for If-None-Match / If-Modified-Since, and gzip when the client accepts it. \
            Paths outside DIR (`..`, symbolic links that lead out) and hidden files answer 404. A programme folder \
            replaced by a new export is picked up at the next request. One access-log line per request goes to \
            standard output. SIGINT (Ctrl-C) or SIGTERM stops the server after the requests in progress. \
            Exit status: 0 when stopped by a signal, 1 when it cannot listen, 2 when DIR is not a folder.
            """
    )

    @Argument(help: "The folder to serve, e.g. exports.")
    var dir: String

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port, printed at start).")
    var port = 8080

    func run() async throws {
        let configuration = ServerConfiguration(root: dir, host: host, port: port)
        do {
            try configuration.validate()
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(2)
        }
        do {
            try await ExportServer.run(
                configuration,
                accessLog: { Terminal.printLine($0) },
                onRunning: { [dir, host] port in Terminal.printLine("Serving \(dir) on http://\(host):\(port)/ (Ctrl-C to stop)") }
            )
        } catch {
            Terminal.printError("error: \(error)")
            throw ExitCode(1)
        }
        Terminal.printLine("Stopped.")
    }
}
