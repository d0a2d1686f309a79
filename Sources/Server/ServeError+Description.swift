/// The messages of `ServeError`, with a hint on a new line starting "Maybe…".
extension ServeError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noFolder(let path):
            return "\(path): no such folder to serve.\nMaybe run `cursus solve … --out \(path)` first, or give the exports folder."
        case .cannotListen(let host, let port, let reason):
            return "cannot listen on \(host):\(port): \(reason).\nMaybe another server uses this port: choose another with --port."
        }
    }
}
