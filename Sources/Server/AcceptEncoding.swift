import Foundation

/// The `Accept-Encoding` header of a request (RFC 9110 §12.5.3).
struct AcceptEncoding: Sendable {
    /// The header as sent; nil when absent.
    var header: String?

    /// Whether the client takes gzip: `gzip` or `x-gzip` listed with a non-zero `q`, or `*` with a
    /// non-zero `q` and gzip not refused by name.
    var allowsGzip: Bool {
        guard let header else { return false }
        var named: Double?, wildcard: Double?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard let coding = parts.first else { continue }
            let quality = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            if coding == "gzip" || coding == "x-gzip" { named = max(named ?? 0, quality) }
            if coding == "*" { wildcard = quality }
        }
        if let named { return named > 0 }
        return (wildcard ?? 0) > 0
    }
}
