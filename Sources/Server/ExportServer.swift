import Hummingbird
import UnixSignals

/// Runs `cursus serve`.
public enum ExportServer {
    /// Serves `configuration` until SIGINT or SIGTERM, then lets the requests in progress finish.
    /// - Throws: `ServeError.cannotListen` when the server cannot start.
    public static func run(
        _ configuration: ServerConfiguration,
        accessLog: @escaping @Sendable (String) -> Void,
        onRunning: @escaping @Sendable (Int) async -> Void
    ) async throws(ServeError) {
        let application = buildApplication(configuration, accessLog: accessLog, onRunning: onRunning)
        do {
            try await application.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        } catch {
            throw .cannotListen(host: configuration.host, port: configuration.port, reason: "\(error)")
        }
    }
}
