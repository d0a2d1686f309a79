public import Hummingbird
public import NIOCore

/// The request context of `cursus serve`: Hummingbird's core storage and the client's address, for
/// the access log.
public struct ExportRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's address, `-` when the channel has none.
    public let remoteAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "-"
    }
}
