import Presentation

/// Building Pango markup from plain text.
enum PangoMarkup {
    static func bold(_ text: String) -> String { "<b>" + MarkupText.escape(text) + "</b>" }
    static func italic(_ text: String) -> String { "<i>" + MarkupText.escape(text) + "</i>" }
    /// `markup` marked as written in the BCP 47 language `tag`, for Pango's line breaking.
    static func language(_ tag: String, _ markup: String) -> String { "<span lang=\"" + MarkupText.escape(tag) + "\">" + markup + "</span>" }
    /// Smaller, grey text (7/8 of the layout's size).
    static func small(_ text: String) -> String { "<span size=\"smaller\" foreground=\"#444444\">" + MarkupText.escape(text) + "</span>" }
}
