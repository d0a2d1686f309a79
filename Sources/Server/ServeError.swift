/// Why `cursus serve` could not start.
public enum ServeError: Error, Hashable, Sendable {
    /// The folder to serve does not exist or is not a folder.
    case noFolder(path: String)
    /// The server could not listen on the address (in use, not a local address, no permission).
    case cannotListen(host: String, port: Int, reason: String)
}
