import NIOCore

/// What `cursus serve` answers for one version of one file: the bytes, their gzip form when that is
/// smaller, the strong validator and the media type.
struct Representation: Sendable {
    let body: ByteBuffer
    /// The gzip-encoded body; nil when the type is not compressible or gzip would not be smaller.
    let gzipBody: ByteBuffer?
    /// The opaque tag of the identity body, from its content (`9f2c…-1a2b`: FNV-1a 64 and length, hex).
    let tag: String
    let contentType: String

    /// The entity tag of a body: `"tag"`, or `"tag-gzip"` for the gzip body (a different representation).
    /// The bytes held (identity and gzip), for the cache's bound.
    var size: Int { body.readableBytes + (gzipBody?.readableBytes ?? 0) }

    func entityTag(gzip: Bool) -> String { gzip ? "\"\(tag)-gzip\"" : "\"\(tag)\"" }

    init(body: [UInt8], name: String) {
        self.body = ByteBuffer(bytes: body)
        contentType = MediaType.of(name)
        tag = Self.tag(of: body)
        if MediaType.isCompressible(contentType), let compressed = Gzip.compress(body), compressed.count < body.count {
            gzipBody = ByteBuffer(bytes: compressed)
        } else {
            gzipBody = nil
        }
    }

    /// FNV-1a 64 of the bytes and their count, in hex: equal bytes give equal tags, and a different
    /// version of a file a different tag.
    static func tag(of bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return String(hash, radix: 16) + "-" + String(bytes.count, radix: 16)
    }
}
