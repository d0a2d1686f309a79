import AsyncHTTPClient
import Foundation
import ICalendar
import NIOCore
import NIOHTTP1
import NIOPosix

/// The few CalDAV requests `cursus publish` needs (RFC 4791): REPORT calendar-query, PUT and DELETE
/// with preconditions. Every failure is a `CalDAVError` naming the URL (never the credentials).
struct CalDAVClient: Sendable {
    /// The calendar collection, ending with `/`.
    let collection: URL
    /// Its path, percent-encoded, ending with `/` (`URL.path` drops the final `/` on Linux).
    let collectionPath: String
    let credentials: CalDAVCredentials?
    let timeout: Double
    private let http: HTTPClient

    /// Answers larger than this are refused (a REPORT of a whole calendar stays far below).
    static let maximumAnswerBytes = 64 * 1024 * 1024

    init(collection: URL, credentials: CalDAVCredentials?, timeout: Double) {
        self.collection = collection
        let path = URLComponents(url: collection, resolvingAgainstBaseURL: true)?.percentEncodedPath ?? "/"
        collectionPath = path.hasSuffix("/") ? path : path + "/"
        self.credentials = credentials
        self.timeout = timeout
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        // A refused connection is reported at once, not retried until the deadline.
        configuration.connectionPool.retryConnectionEstablishment = false
        configuration.timeout = .init(connect: .milliseconds(Int64(timeout * 1000)), read: .milliseconds(Int64(timeout * 1000)))
        http = HTTPClient(eventLoopGroup: MultiThreadedEventLoopGroup.singleton, configuration: configuration)
    }

    /// Closes the client's connections; call once, when done.
    func shutdown() async {
        try? await http.shutdown()
    }

    /// What a write did.
    enum WriteOutcome: Equatable {
        /// Written; the new ETag when the server sent one.
        case written(etag: String?)
        /// 412: the resource exists (`If-None-Match: *`) or changed since it was read (`If-Match`).
        case preconditionFailed
    }

    /// Every VEVENT object of the collection, with its href and ETag.
    func objects() async throws(CalDAVError) -> [RemoteObject] {
        let body = """
            <?xml version="1.0" encoding="utf-8"?>
            <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
              <D:prop><D:getetag/><C:calendar-data/></D:prop>
              <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT"/></C:comp-filter></C:filter>
            </C:calendar-query>
            """
        let (status, _, data) = try await send(
            .RAW(value: "REPORT"), collection, body: body,
            headers: ["Depth": "1", "Content-Type": "application/xml; charset=utf-8"]
        )
        switch status {
        case 207: break
        case 404, 405: throw .notFound(url: Self.display(collection))
        default: throw Self.failure("REPORT", collection, status)
        }
        guard let responses = Multistatus.parse(data) else { throw .unreadableAnswer(url: Self.display(collection)) }
        return responses.compactMap { response in
            guard let etag = response.etag, let data = response.calendarData,
                  let object = CalendarObject(serverCopy: data) else { return nil }
            return RemoteObject(href: response.href, etag: etag, object: object)
        }
    }

    /// PUTs `text` at `href` (a path on the server), `If-None-Match: *` when `etag` is nil, else `If-Match: etag`.
    func put(_ text: String, at href: String, ifMatch etag: String?) async throws(CalDAVError) -> WriteOutcome {
        let url = resolve(href)
        var headers = ["Content-Type": "text/calendar; charset=utf-8"]
        if let etag { headers["If-Match"] = etag } else { headers["If-None-Match"] = "*" }
        let (status, answer, _) = try await send(.PUT, url, body: text, headers: headers)
        switch status {
        case 200...299: return .written(etag: answer.first(name: "ETag"))
        case 412: return .preconditionFailed
        default: throw Self.failure("PUT", url, status)
        }
    }

    /// DELETEs `href` with `If-Match: etag`.
    func delete(at href: String, ifMatch etag: String) async throws(CalDAVError) -> WriteOutcome {
        let url = resolve(href)
        let (status, _, _) = try await send(.DELETE, url, body: nil, headers: ["If-Match": etag])
        switch status {
        case 200...299, 404: return .written(etag: nil)
        case 412: return .preconditionFailed
        default: throw Self.failure("DELETE", url, status)
        }
    }

    /// The URL of a server path (an href from a REPORT, or a new resource's path).
    func resolve(_ href: String) -> URL {
        URL(string: href, relativeTo: collection)?.absoluteURL ?? collection
    }

    private func send(
        _ method: HTTPMethod, _ url: URL, body: String?, headers: [String: String]
    ) async throws(CalDAVError) -> (Int, HTTPHeaders, Data) {
        var request = HTTPClientRequest(url: url.absoluteString)
        request.method = method
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { request.headers.add(name: name, value: value) }
        if let credentials { request.headers.add(name: "Authorization", value: credentials.authorization) }
        if let body { request.body = .bytes(ByteBuffer(string: body)) }
        do {
            let response = try await http.execute(request, timeout: .milliseconds(Int64(timeout * 1000)))
            let bytes = try await response.body.collect(upTo: Self.maximumAnswerBytes)
            return (Int(response.status.code), response.headers, Data(bytes.readableBytesView))
        } catch let error as HTTPClientError where [.deadlineExceeded, .readTimeout, .connectTimeout].contains(error) {
            throw .timedOut(url: Self.display(url), seconds: timeout)
        } catch {
            if Self.isRefused(error) { throw .connectionRefused(url: Self.display(url)) }
            throw .transport(url: Self.display(url), reason: "\(error)")
        }
    }

    /// Whether the error is, or wraps, ECONNREFUSED.
    static func isRefused(_ error: any Error) -> Bool {
        if let error = error as? IOError { return error.errnoCode == ECONNREFUSED }
        if let error = error as? NIOConnectionError {
            return error.connectionErrors.contains { isRefused($0.error) }
        }
        return "\(error)".contains("Connection refused")
    }

    static func failure(_ method: String, _ url: URL, _ status: Int) -> CalDAVError {
        let shown = display(url)
        switch status {
        case 401: return .unauthorized(url: shown)
        case 403: return .forbidden(url: shown)
        case 404: return .notFound(url: shown)
        case 500...599: return .serverError(url: shown, status: status)
        default: return .unexpectedStatus(url: shown, method: method, status: status)
        }
    }

    /// The URL as messages show it: without user or password.
    static func display(_ url: URL) -> String {
        guard var parts = URLComponents(url: url, resolvingAgainstBaseURL: true) else { return url.absoluteString }
        parts.user = nil
        parts.password = nil
        return parts.string ?? url.absoluteString
    }
}
