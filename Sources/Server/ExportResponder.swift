import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Answers `cursus serve` requests from the export folder: GET and HEAD of files, with a strong ETag,
/// a Last-Modified that never goes backwards, 304 for a current copy, and gzip when the client asks.
struct ExportResponder: HTTPResponder {
    typealias Context = ExportRequestContext

    let folder: ExportFolder
    let accessLog: @Sendable (String) -> Void
    let cache = RepresentationCache()

    func respond(to request: Request, context: Context) async throws -> Response {
        let start = ContinuousClock.now
        let response = answer(request)
        let line = AccessLogLine(
            time: Date(), client: context.remoteAddress, method: request.method.rawValue, target: request.uri.description,
            status: response.status.code, bytes: request.method == .head ? 0 : response.body.contentLength ?? 0,
            encoding: response.headers[.contentEncoding], duration: ContinuousClock.now - start
        )
        accessLog(line.text)
        return response
    }

    /// The response to `request`, built from what its path names right now.
    func answer(_ request: Request) -> Response {
        guard request.method == .get || request.method == .head else {
            return Self.plain(.methodNotAllowed, "Only GET and HEAD are served.\n", extra: [.allow: "GET, HEAD"])
        }
        let path = request.uri.path
        guard let segments = ExportFolder.segments(ofPath: path),
              let target = folder.resolve(segments, endsWithSlash: path.hasSuffix("/"))
        else { return Self.plain(.notFound, "Not found.\n") }
        switch target {
        case .folder:
            return Self.plain(.movedPermanently, "Moved to \(path)/.\n", extra: [.location: path + "/"])
        case .listing(let programmes):
            let page = ProgrammeListing(programmes: programmes).html
            return answer(request, path: path, representation: Representation(body: Array(page.utf8), name: "index.html"),
                          fileSeconds: Int64(Date().timeIntervalSince1970))
        case .file(let file):
            let name = segments.last.map { file.isRegular && path.hasSuffix("/") ? "index.html" : $0 } ?? "index.html"
            guard let representation = cache.representation(of: file, name: name) else {
                return Self.plain(.internalServerError, "The file could not be read.\n")
            }
            return answer(request, path: path, representation: representation, fileSeconds: file.identity.modifiedSeconds)
        }
    }

    private func answer(_ request: Request, path: String, representation: Representation, fileSeconds: Int64) -> Response {
        let lastModified = cache.lastModified(path: path, tag: representation.tag, fileSeconds: fileSeconds)
        let gzip = representation.gzipBody != nil && AcceptEncoding(header: request.headers[.acceptEncoding]).allowsGzip
        var headers: HTTPFields = [
            .contentType: representation.contentType,
            .eTag: representation.entityTag(gzip: gzip),
            .lastModified: HTTPDate.format(lastModified),
        ]
        if MediaType.isCompressible(representation.contentType) { headers[.vary] = "Accept-Encoding" }
        let conditional = ConditionalRequest(
            ifNoneMatch: request.headers[values: .ifNoneMatch].isEmpty ? nil : request.headers[values: .ifNoneMatch].joined(separator: ", "),
            ifModifiedSince: request.headers[.ifModifiedSince]
        )
        let tags = [representation.entityTag(gzip: false), representation.entityTag(gzip: true)]
        if conditional.isNotModified(tags: tags, lastModified: lastModified) {
            return Response(status: .notModified, headers: headers)
        }
        let body = gzip ? representation.gzipBody ?? representation.body : representation.body
        if gzip { headers[.contentEncoding] = "gzip" }
        headers[.contentLength] = String(body.readableBytes)
        if request.method == .head { return Response(status: .ok, headers: headers) }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    private static func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
