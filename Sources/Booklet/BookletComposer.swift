import Curriculum
import Presentation

/// Lays the booklet out page by page on a `PDFCanvas`: a cursor that moves down the page and
/// starts a new one when the next item (and what must stay with it) does not fit.
struct BookletComposer {
    let canvas: PDFCanvas
    let style: BookletStyle
    let directory: ProgrammeDirectory
    let schedule: Schedule
    let hyphenation: Hyphenation

    /// Current page, 1-based (0 before the first).
    private(set) var page = 0
    /// Top of the free space on the current page.
    var y = 0.0
    /// The page where each occurrence appears in the day-by-day programme, by key.
    var pageOfEntry: [String: Int] = [:]

    init(canvas: PDFCanvas, style: BookletStyle, directory: ProgrammeDirectory, schedule: Schedule, hyphenation: Hyphenation) {
        self.canvas = canvas
        self.style = style
        self.directory = directory
        self.schedule = schedule
        self.hyphenation = hyphenation
    }

    var l10n: Localization { directory.localization }

    /// The occurrence's title with soft hyphens at the hyphenation points of its language.
    func hyphenatedTitle(of entry: ScheduledOccurrence) -> String {
        hyphenation.hyphenate(directory.title(of: entry), language: directory.language(of: entry))
    }

    /// Ends the current page (with its number) and starts a new one.
    mutating func startPage() {
        if page > 0 {
            drawFooter()
            canvas.showPage()
        }
        page += 1
        y = style.top
    }

    /// Ends the last page.
    func finish() {
        drawFooter()
    }

    /// Starts a new page unless `height`, plus `next` that must stay on the same page, fits below
    /// the cursor. An item taller than a whole page is placed at the top of a fresh page.
    mutating func reserve(_ height: Double, keepingWith next: Double = 0) {
        if y + height + next > style.bottom, y > style.top {
            startPage()
        }
    }

    /// The page number, centred under the text; none on the cover.
    private func drawFooter() {
        guard page > 1 else { return }
        let number = canvas.layout(
            MarkupText.escape(String(page)), font: style.footer, frame: TextFrame(width: style.contentWidth, alignment: .centre)
        )
        canvas.draw(number, x: style.margin, y: style.pageHeight - style.margin - number.size.height, colour: .muted)
    }

    /// A section heading ("Programme", "Index des intervenants") kept with `next` points of what follows.
    mutating func sectionHeading(_ text: String, keepingWith next: Double) {
        let heading = canvas.layout(MarkupText.escape(text), font: style.sectionHeading, frame: TextFrame(width: style.contentWidth))
        let height = heading.size.height + style.headingGap
        reserve(height + style.sectionGap / 2, keepingWith: next)
        if y > style.top { y += style.sectionGap }
        canvas.draw(heading, x: style.margin, y: y)
        y += heading.size.height + 1.5
        canvas.line(from: (style.margin, y), to: (style.margin + style.contentWidth, y), colour: .text, width: 1)
        y += style.headingGap + 2
    }
}
