/// Building Pango markup from plain text.
enum PangoMarkup {
    /// `text` with the characters that markup gives a meaning to replaced by entities.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            default: result.append(character)
            }
        }
        return result
    }

    static func bold(_ text: String) -> String { "<b>" + escape(text) + "</b>" }
    static func italic(_ text: String) -> String { "<i>" + escape(text) + "</i>" }
    /// Smaller, grey text (7/8 of the layout's size).
    static func small(_ text: String) -> String { "<span size=\"smaller\" foreground=\"#444444\">" + escape(text) + "</span>" }
}
