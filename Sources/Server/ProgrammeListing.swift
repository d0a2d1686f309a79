import Foundation

/// The page `cursus serve` answers at `/` when the folder has no `index.html`: a link to each
/// programme folder (those holding an `index.html`).
struct ProgrammeListing: Sendable {
    var programmes: [String]

    var html: String {
        let items = programmes.map { name -> String in
            let href = name.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? name
            return "<li><a href=\"\(Self.escape(href))/\">\(Self.escape(name))</a></li>"
        }
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>Programmes</title></head>
            <body><h1>Programmes</h1><ul>
            \(items.joined(separator: "\n"))
            </ul></body></html>

            """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
