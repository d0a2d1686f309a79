/// Sizes of the booklet for a paper format, in points.
struct BookletStyle {
    let paper: Paper
    let margin: Double
    let scale: Double

    init(paper: Paper) {
        self.paper = paper
        switch paper {
        case .a5:
            margin = 36
            scale = 1
        case .a4:
            margin = 50
            scale = 1.25
        }
    }

    var pageWidth: Double { paper.size.width }
    var pageHeight: Double { paper.size.height }
    var contentWidth: Double { pageWidth - 2 * margin }
    /// Where text may start and must end vertically (the footer sits below `bottom`).
    var top: Double { margin }
    var bottom: Double { pageHeight - margin - footerHeight }
    var footerHeight: Double { 14 * scale }

    var coverTitle: Font { Font(size: 22 * scale, bold: true) }
    var coverSubtitle: Font { Font(size: 13 * scale) }
    var coverText: Font { Font(size: 10 * scale) }
    var sectionHeading: Font { Font(size: 15 * scale, bold: true) }
    var dayHeading: Font { Font(size: 11.5 * scale, bold: true) }
    var body: Font { Font(size: 9 * scale) }
    var small: Font { Font(size: 7.5 * scale) }
    var footer: Font { Font(size: 8 * scale) }

    /// Space after a paragraph, a heading and a section heading.
    var gap: Double { 5 * scale }
    var headingGap: Double { 4 * scale }
    var sectionGap: Double { 10 * scale }

    /// Sizes tried, largest first, for the text of a week grid's blocks: one size for the whole
    /// grid, the largest at which every word fits its block's width.
    var gridFontSizes: [Double] { [7, 6.5, 6, 5.5].map { $0 * scale } }
    var gridTimeColumn: Double { 30 * scale }
    var gridHeaderHeight: Double { 16 * scale }
}
