/// Building Pango markup from plain text.
enum PangoMarkup {
    /// `text` with the characters that markup gives a meaning to replaced by entities, and the
    /// control characters that would make the markup invalid (all but tab and line feed) dropped.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func bold(_ text: String) -> String { "<b>" + escape(text) + "</b>" }
    static func italic(_ text: String) -> String { "<i>" + escape(text) + "</i>" }
    /// Smaller, grey text (7/8 of the layout's size).
    static func small(_ text: String) -> String { "<span size=\"smaller\" foreground=\"#444444\">" + escape(text) + "</span>" }
}
