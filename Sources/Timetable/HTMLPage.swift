/// One self-contained HTML file of the printed timetables.
public struct HTMLPage: Hashable, Sendable {
    /// File name relative to the export folder, e.g. `index.html` or `cohort-promo-2023.html`.
    public var fileName: String
    /// The document, UTF-8 text (well-formed XML as well as HTML5).
    public var html: String

    public init(fileName: String, html: String) {
        self.fileName = fileName
        self.html = html
    }
}
