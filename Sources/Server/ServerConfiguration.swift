import Foundation

/// Where `cursus serve` listens and what it serves.
public struct ServerConfiguration: Sendable, Hashable {
    /// The folder served (`exports/`): every request is answered from inside it, or with 404.
    public var root: String
    /// The address to listen on (`127.0.0.1`).
    public var host: String
    /// The port to listen on; 0 lets the system pick a free one.
    public var port: Int

    public init(root: String, host: String = "127.0.0.1", port: Int = 8080) {
        self.root = root
        self.host = host
        self.port = port
    }
}

extension ServerConfiguration {
    /// Checks that the root is a folder.
    /// - Throws: `ServeError.noFolder`.
    public func validate() throws(ServeError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            throw .noFolder(path: root)
        }
    }
}
