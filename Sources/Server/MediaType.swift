/// Media types of the files an export holds.
enum MediaType {
    /// By file extension; `application/octet-stream` for an unknown one.
    static func of(_ name: String) -> String {
        let suffix = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
        switch suffix {
        case "ics": return "text/calendar; charset=utf-8"
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "json": return "application/json"
        case "csv": return "text/csv; charset=utf-8"
        case "txt": return "text/plain; charset=utf-8"
        case "eml": return "message/rfc822"
        case "pdf": return "application/pdf"
        case "png": return "image/png"
        case "svg": return "image/svg+xml"
        default: return "application/octet-stream"
        }
    }

    /// Whether gzip is worth trying: text, JSON, SVG and mail, not PDF or images.
    static func isCompressible(_ type: String) -> Bool {
        type.hasPrefix("text/") || type.hasPrefix("application/json") || type.hasPrefix("image/svg") || type == "message/rfc822"
    }
}
