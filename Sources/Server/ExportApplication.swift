public import Hummingbird
public import Logging

/// Builds the `cursus serve` application: every file under the configuration's root, by GET and
/// HEAD, with validators, conditional answers and gzip (see `ExportResponder`).
/// - Parameters:
///   - accessLog: receives one line per request (`AccessLogLine`).
///   - onRunning: called once the server listens, with the port it got.
public func buildApplication(
    _ configuration: ServerConfiguration,
    accessLog: @escaping @Sendable (String) -> Void,
    onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) -> some ApplicationProtocol {
    var logger = Logger(label: "cursus.serve")
    logger.logLevel = .warning
    let responder = ExportResponder(folder: ExportFolder(root: configuration.root), accessLog: accessLog)
    return Application(
        responder: responder,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "cursus"),
        onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger
    )
}
