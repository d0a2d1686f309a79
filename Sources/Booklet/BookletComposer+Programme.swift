import Curriculum
import Presentation

extension BookletComposer {
    /// The programme day by day: each date's heading, then its occurrences (time; title, speakers
    /// with their organisations, room). A heading never ends a page: it moves with its first occurrence.
    mutating func composeProgramme() {
        startPage()
        let parent = canvas.addOutline(l10n.text(.programme), page: page)
        let gutter = 8 * style.scale
        let timeWidth = timeColumnWidth()
        let textWidth = style.contentWidth - timeWidth - gutter
        var first = true
        for date in directory.dates {
            let items = directory.entries.filter { $0.date == date }.map { entry in
                (entry: entry, time: timeLayout(entry, width: timeWidth), text: textLayout(entry, width: textWidth))
            }
            let heading = canvas.layout(
                MarkupText.escape(l10n.capitalisingFirstLetter(l10n.longDate(date))), font: style.dayHeading,
                frame: TextFrame(width: style.contentWidth)
            )
            let firstItem = items.first.map { max($0.time.size.height, $0.text.size.height) } ?? 0
            if first {
                sectionHeading(l10n.text(.programme), keepingWith: heading.size.height + style.headingGap + firstItem)
                first = false
            }
            dayHeading(heading, date: date, outline: parent, keepingWith: firstItem)
            for item in items {
                let height = max(item.time.size.height, item.text.size.height)
                // The time and its text move together; a day continued on a new page repeats its heading.
                if y + height > style.bottom, y > style.top {
                    startPage()
                    let continued = canvas.layout(
                        MarkupText.escape(l10n.capitalisingFirstLetter(l10n.longDate(date)) + " " + l10n.text(.continued)),
                        font: style.dayHeading, frame: TextFrame(width: style.contentWidth)
                    )
                    dayHeading(continued, date: nil, outline: parent, keepingWith: height)
                }
                canvas.draw(item.time, x: style.margin, y: y)
                canvas.draw(item.text, x: style.margin + timeWidth + gutter, y: y)
                pageOfEntry[item.entry.key] = page
                y += height + style.gap
            }
        }
        if directory.entries.isEmpty {
            sectionHeading(l10n.text(.programme), keepingWith: 0)
            let empty = canvas.layout(PangoMarkup.italic(l10n.text(.noSessions)), font: style.body)
            canvas.draw(empty, x: style.margin, y: y)
            y += empty.size.height
        }
        composePeriods()
    }

    /// A day's heading and its rule, kept with `next` points of what follows; `date` adds the day to
    /// the outline under `outline` (nil for a repeated heading).
    private mutating func dayHeading(_ heading: TextLayout, date: LocalDate?, outline: Int, keepingWith next: Double) {
        let headingHeight = heading.size.height + style.headingGap + 2
        reserve(headingHeight + (y > style.top ? style.gap : 0), keepingWith: next)
        if y > style.top { y += style.gap }
        canvas.draw(heading, x: style.margin, y: y)
        if let date { canvas.addOutline(l10n.longDate(date), page: page, parent: outline) }
        y += heading.size.height + 1
        canvas.line(from: (style.margin, y), to: (style.margin + style.contentWidth, y), colour: .rule)
        y += style.headingGap + 1
    }

    /// The long fixed periods (immersion, internships), after the programme.
    private mutating func composePeriods() {
        let blocks = schedule.blocks.sorted { ($0.from, $0.to, $0.id) < ($1.from, $1.to, $1.id) }
        guard !blocks.isEmpty else { return }
        let layouts = blocks.map { block in
            let place = block.venue.map { ", " + directory.venueName($0) } ?? ""
            let text = PangoMarkup.bold(l10n.capitalisingFirstLetter(l10n.dateRange(from: block.from, to: block.to)))
                + "\n" + MarkupText.escape(l10n.typeset(block.title) + place)
            return canvas.layout(text, font: style.body, frame: TextFrame(width: style.contentWidth))
        }
        sectionHeading(l10n.text(.periods), keepingWith: layouts[0].size.height)
        for layout in layouts {
            reserve(layout.size.height)
            canvas.draw(layout, x: style.margin, y: y)
            y += layout.size.height + style.gap
        }
    }

    /// Wide enough for the longest time range, at most a third of the text width.
    private func timeColumnWidth() -> Double {
        let widest = directory.entries.map { entry in
            canvas.layout(MarkupText.escape(l10n.timeRange(entry.startTime, entry.endTime)), font: style.body).size.width
        }.max() ?? 0
        return min(style.contentWidth / 3, max(40 * style.scale, widest + 1))
    }

    private func timeLayout(_ entry: ScheduledOccurrence, width: Double) -> TextLayout {
        canvas.layout(
            MarkupText.escape(l10n.timeRange(entry.startTime, entry.endTime)), font: style.body,
            frame: TextFrame(width: width)
        )
    }

    private func textLayout(_ entry: ScheduledOccurrence, width: Double) -> TextLayout {
        var markup = PangoMarkup.language(directory.language(of: entry), PangoMarkup.bold(hyphenatedTitle(of: entry)))
        if !entry.trainers.isEmpty {
            markup += "\n" + PangoMarkup.italic(directory.speakers(of: entry))
        }
        var place = directory.place(of: entry)
        if directory.programme.cohorts.count > 1, !entry.cohorts.isEmpty {
            place += " · " + l10n.list(entry.cohorts.map(directory.cohortName))
        }
        markup += "\n" + PangoMarkup.small(place)
        return canvas.layout(markup, font: style.body, frame: TextFrame(width: width))
    }
}
