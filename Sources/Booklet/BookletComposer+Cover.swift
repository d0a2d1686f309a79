import Curriculum
import Presentation

extension BookletComposer {
    /// Page 1: title, subtitle, the teaching dates and the long periods, venues with their
    /// addresses, organisers.
    mutating func composeCover() {
        startPage()
        let programme = directory.programme
        let width = style.contentWidth
        let x = style.margin
        y = style.pageHeight * 0.28
        let title = canvas.layout(MarkupText.escape(l10n.typeset(programme.title)), font: style.coverTitle, frame: TextFrame(width: width))
        canvas.draw(title, x: x, y: y)
        y += title.size.height + 8 * style.scale
        if let subtitle = programme.subtitle, !subtitle.isEmpty {
            let layout = canvas.layout(MarkupText.escape(l10n.typeset(subtitle)), font: style.coverSubtitle, frame: TextFrame(width: width))
            canvas.draw(layout, x: x, y: y, colour: .muted)
            y += layout.size.height + 8 * style.scale
        }
        canvas.line(from: (x, y), to: (x + width / 3, y), colour: .text, width: 2)
        y += 14 * style.scale

        var lines: [String] = []
        // The teaching dates, then each long period (immersion, internship) with its name.
        let blocks = schedule.blocks.sorted { ($0.from, $0.to, $0.id) < ($1.from, $1.to, $1.id) }
        if let first = directory.dates.first, let last = directory.dates.last {
            var line = PangoMarkup.bold(l10n.capitalisingFirstLetter(l10n.dateRange(from: first, to: last)))
            if !blocks.isEmpty { line += "\n" + MarkupText.escape(l10n.text(.teaching)) }
            lines.append(line)
        }
        for block in blocks {
            lines.append(
                PangoMarkup.bold(l10n.capitalisingFirstLetter(l10n.dateRange(from: block.from, to: block.to)))
                    + "\n" + MarkupText.escape(l10n.typeset(block.title))
            )
        }
        for id in directory.usedVenues {
            var line = MarkupText.escape(directory.venueName(id))
            if let address = directory.venue(id)?.address, !address.isEmpty {
                line += "\n" + PangoMarkup.small(address)
            }
            lines.append(line)
        }
        if !programme.organisers.isEmpty {
            lines.append(MarkupText.escape(l10n.text(.organisedBy) + " " + l10n.list(programme.organisers)))
        }
        for line in lines {
            let layout = canvas.layout(line, font: style.coverText, frame: TextFrame(width: width))
            canvas.draw(layout, x: x, y: y)
            y += layout.size.height + 6 * style.scale
        }
    }
}
