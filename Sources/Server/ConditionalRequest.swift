import Foundation

/// The validators a GET or HEAD carries, and whether they let the server answer 304 (RFC 9110 §13).
struct ConditionalRequest: Sendable {
    /// `If-None-Match`, as sent.
    var ifNoneMatch: String?
    /// `If-Modified-Since`, as sent.
    var ifModifiedSince: String?

    /// Whether the client's copy is current: `If-None-Match` (when present, it alone decides) lists
    /// one of `tags` or is `*`; otherwise `If-Modified-Since` is a valid date no earlier than
    /// `lastModified`. Tags compare weakly (a `W/` prefix is ignored), as §13.1.2 asks.
    func isNotModified(tags: [String], lastModified: Int64) -> Bool {
        if let ifNoneMatch {
            let listed = ifNoneMatch.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            if listed.contains("*") { return true }
            let opaque = listed.map { $0.hasPrefix("W/") ? String($0.dropFirst(2)) : $0 }
            return opaque.contains { tags.contains($0) }
        }
        if let ifModifiedSince, let since = HTTPDate.parse(ifModifiedSince) { return lastModified <= since }
        return false
    }
}
