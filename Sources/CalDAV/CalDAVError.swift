/// Why `cursus publish` could not do (all of) its work. Cases name the URL (without credentials).
public enum CalDAVError: Error, Hashable, Sendable {
    /// The calendar URL is not an http(s) URL.
    case invalidURL(String)
    /// The URL carries a password, which would end in shell histories and logs.
    case passwordInURL(String)
    /// A user name is given but no password is found for it.
    case missingPassword(user: String, host: String)
    /// 401: the server refused the user name or password.
    case unauthorized(url: String)
    /// 403: the user may not read or write this calendar.
    case forbidden(url: String)
    /// 404 (or 405 to REPORT): there is no calendar collection at the URL.
    case notFound(url: String)
    /// 5xx: the server failed.
    case serverError(url: String, status: Int)
    /// Any other status the client cannot act on.
    case unexpectedStatus(url: String, method: String, status: Int)
    /// No answer within the timeout.
    case timedOut(url: String, seconds: Double)
    /// Nothing listens at the host and port.
    case connectionRefused(url: String)
    /// Any other network failure (DNS, TLS, reset).
    case transport(url: String, reason: String)
    /// The server's REPORT answer is not a readable multistatus.
    case unreadableAnswer(url: String)
}
