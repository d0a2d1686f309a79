import Curriculum
import Presentation

extension BookletComposer {
    /// Block fills, the pale tints of the HTML timetables.
    private static let palette: [Colour] = [
        Colour(red: 0.859, green: 0.918, blue: 0.996), Colour(red: 0.863, green: 0.988, blue: 0.906),
        Colour(red: 0.996, green: 0.953, blue: 0.780), Colour(red: 0.988, green: 0.906, blue: 0.953),
        Colour(red: 0.929, green: 0.914, blue: 0.996), Colour(red: 0.878, green: 0.949, blue: 0.945),
    ]

    /// A week with at most this many occurrences is listed instead of taking a whole page for its grid.
    static let listedWeekLimit = 2

    /// A week drawn as a grid, or a run of weeks with few occurrences listed under one heading.
    private enum WeekPiece {
        case grid(WeekGrid)
        case listed([WeekGrid])
    }

    /// One page per week and cohort (or per week when no occurrence names a cohort); a run of
    /// weeks with few occurrences is listed instead, under one heading. Such a run shares a page
    /// with its neighbour: above the next week's grid, or below the previous one's when no grid
    /// follows (the grid then takes the rest of the page); a run with no grid beside it, or too
    /// long for a third of a page, is listed on pages of its own, the lists following each other.
    mutating func composeWeekGrids() {
        var grids: [(name: String?, entries: [ScheduledOccurrence])] = directory.views.compactMap { view in
            guard case .cohort = view else { return nil }
            let entries = directory.entries(of: view)
            return entries.isEmpty ? nil : (directory.name(of: view), entries)
        }
        if grids.isEmpty, !directory.entries.isEmpty {
            grids = [(nil, directory.entries)]
        }
        var parent: Int?
        // Whether the cursor is on a page of listed weeks, where the next list may follow.
        var onListPage = false
        for grid in grids {
            let suffix = grid.name.map { grids.count > 1 ? "\u{00A0}— " + $0 : "" } ?? ""
            let pieces = Self.pieces(WeekGrid.weeks(of: grid.entries, calendar: directory.programme.calendar))
            let listings = pieces.map { piece -> Listing? in
                guard case .listed(let run) = piece else { return nil }
                return self.listing(of: run, suffix: suffix)
            }
            // The grid each run shares a page with.
            let host = pieces.indices.map { index -> Int? in
                guard let listing = listings[index], listing.height <= (style.bottom - style.top) / 3 else { return nil }
                if index + 1 < pieces.count, case .grid = pieces[index + 1] { return index + 1 }
                if index > 0, case .grid = pieces[index - 1] { return index - 1 }
                return nil
            }
            for (index, piece) in pieces.enumerated() {
                switch piece {
                case .listed:
                    guard host[index] == nil, let listed = listings[index] else { continue }
                    if onListPage {
                        reserve(style.sectionGap + listed.heading.size.height + style.headingGap, keepingWith: listed.lines.first?.size.height ?? 0)
                        if y > style.top { y += style.sectionGap }
                    } else {
                        startPage()
                    }
                    onListPage = true
                    draw(listed, parent: &parent)
                case .grid(let week):
                    onListPage = false
                    startPage()
                    let above = index > 0 && host[index - 1] == index ? listings[index - 1] : nil
                    let below = index + 1 < pieces.count && host[index + 1] == index ? listings[index + 1] : nil
                    if let above {
                        draw(above, parent: &parent)
                        y += style.sectionGap
                    }
                    let heading = l10n.text(.weekOf) + " " + l10n.dayMonthYear(week.monday) + suffix
                    let layout = canvas.layout(MarkupText.escape(heading), font: style.dayHeading, frame: TextFrame(width: style.contentWidth))
                    let outline = parent ?? canvas.addOutline(l10n.text(.weekGrids), page: page)
                    parent = outline
                    canvas.draw(layout, x: style.margin, y: y)
                    canvas.addOutline(heading, page: page, parent: outline)
                    y += layout.size.height + style.headingGap
                    draw(week, top: y, bottom: style.bottom - (below.map { $0.height + style.sectionGap } ?? 0))
                    if let below {
                        y += style.sectionGap
                        draw(below, parent: &parent)
                    }
                }
            }
        }
    }

    /// `weeks` cut into grids and maximal runs of weeks with at most `listedWeekLimit` occurrences.
    private static func pieces(_ weeks: [WeekGrid]) -> [WeekPiece] {
        var pieces: [WeekPiece] = []
        for week in weeks {
            if week.days.reduce(0, { $0 + $1.blocks.count }) > listedWeekLimit {
                pieces.append(.grid(week))
            } else if case .listed(let run) = pieces.last {
                pieces[pieces.count - 1] = .listed(run + [week])
            } else {
                pieces.append(.listed([week]))
            }
        }
        return pieces
    }

    /// A run of listed weeks laid out: its heading ("Semaine du 27 novembre 2023", "Semaines du … au …")
    /// and one line per occurrence.
    private struct Listing {
        let title: String
        let heading: TextLayout
        let lines: [TextLayout]
        let height: Double
    }

    private func listing(of run: [WeekGrid], suffix: String) -> Listing {
        let title = run.count == 1
            ? l10n.text(.weekOf) + " " + l10n.dayMonthYear(run[0].monday) + suffix
            : l10n.text(.weeks) + " " + l10n.dateRange(from: run[0].monday, to: run[run.count - 1].monday.adding(days: 6)) + suffix
        let heading = canvas.layout(MarkupText.escape(title), font: style.dayHeading, frame: TextFrame(width: style.contentWidth))
        let lines = run.flatMap { $0.days.flatMap(\.blocks).map(\.entry) }.map(listedLine)
        let height = heading.size.height + style.headingGap + lines.reduce(0) { $0 + $1.size.height + style.gap / 2 }
        return Listing(title: title, heading: heading, lines: lines, height: height)
    }

    /// Draws a listing from the cursor, starting a new page when a line does not fit.
    private mutating func draw(_ listing: Listing, parent: inout Int?) {
        let outline = parent ?? canvas.addOutline(l10n.text(.weekGrids), page: page)
        parent = outline
        canvas.draw(listing.heading, x: style.margin, y: y)
        canvas.addOutline(listing.title, page: page, parent: outline)
        y += listing.heading.size.height + style.headingGap
        for line in listing.lines {
            reserve(line.size.height)
            canvas.draw(line, x: style.margin, y: y)
            y += line.size.height + style.gap / 2
        }
    }

    /// A listed week's occurrence: "jeudi 9 mars, 14 h – 16 h · Title · Room, Venue".
    private func listedLine(_ entry: ScheduledOccurrence) -> TextLayout {
        let markup = MarkupText.escape(l10n.weekdayDayMonth(entry.date) + ", " + l10n.timeRange(entry.startTime, entry.endTime) + " · ")
            + PangoMarkup.language(directory.language(of: entry), PangoMarkup.bold(hyphenatedTitle(of: entry)))
            + MarkupText.escape(" · " + directory.place(of: entry))
        return canvas.layout(markup, font: style.body, frame: TextFrame(width: style.contentWidth))
    }

    /// Draws the grid from `top` down to `bottom` at most.
    private mutating func draw(_ week: WeekGrid, top: Double, bottom limit: Double) {
        let left = style.margin
        let width = style.contentWidth
        let timeColumn = style.gridTimeColumn
        let laneCount = week.days.reduce(0) { $0 + $1.lanes }
        let laneWidth = (width - timeColumn) / Double(max(1, laneCount))
        let bodyTop = top + style.gridHeaderHeight
        let rowHeight = min((limit - bodyTop) / Double(max(1, week.rowCount)), 30 * style.scale * Double(week.slotMinutes) / 30)
        let bottom = bodyTop + rowHeight * Double(week.rowCount)

        // Heading row and day columns.
        canvas.rectangle(x: left, y: top, width: width, height: style.gridHeaderHeight, fill: .headerFill, stroke: nil)
        var dayLeft: [Double] = []
        var x = left + timeColumn
        for day in week.days {
            dayLeft.append(x)
            let dayWidth = laneWidth * Double(day.lanes)
            let label = canvas.layout(
                PangoMarkup.bold(l10n.shortDate(day.date)), font: Font(size: 7 * style.scale),
                frame: TextFrame(width: dayWidth, alignment: .centre, maximumLines: 1)
            )
            canvas.draw(label, x: x, y: top + (style.gridHeaderHeight - label.size.height) / 2)
            x += dayWidth
        }
        // Hour lines and labels.
        for row in 0...week.rowCount {
            let time = TimeOfDay(minutes: week.start.minutes + row * week.slotMinutes)
            let lineY = bodyTop + Double(row) * rowHeight
            if time.minute == 0 {
                canvas.line(from: (left, lineY), to: (left + width, lineY), colour: .rule)
                if row < week.rowCount {
                    let label = canvas.layout(
                        MarkupText.escape(l10n.time(time)), font: Font(size: 6.5 * style.scale),
                        frame: TextFrame(width: timeColumn - 3, alignment: .right)
                    )
                    canvas.draw(label, x: left, y: lineY + 1, colour: .muted)
                }
            } else if time.minute == 30 {
                canvas.line(from: (left + timeColumn, lineY), to: (left + width, lineY), colour: .faint, dashed: true)
            }
        }
        for lineX in [left, left + timeColumn] + dayLeft.dropFirst() + [left + width] {
            canvas.line(from: (lineX, top), to: (lineX, bottom), colour: .rule)
        }
        canvas.line(from: (left, top), to: (left + width, top), colour: .rule)
        canvas.line(from: (left, bottom), to: (left + width, bottom), colour: .rule)

        // Blocks, all at one size.
        let textWidth = laneWidth - 2 - 3
        let font = gridFont(for: week, width: textWidth)
        for (day, dayX) in zip(week.days, dayLeft) {
            for block in day.blocks {
                let rows = week.rows(of: block.entry)
                let frame = (
                    x: dayX + Double(block.lane) * laneWidth + 1, y: bodyTop + Double(rows.lowerBound) * rowHeight + 0.75,
                    width: laneWidth - 2, height: Double(rows.count) * rowHeight - 1.5
                )
                let fill = Self.palette[directory.colourIndex(of: block.entry, paletteSize: Self.palette.count)]
                canvas.rectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height, fill: fill, stroke: .muted)
                let text = fittedText(block.entry, font: font, width: textWidth, height: frame.height - 2)
                canvas.draw(text, x: frame.x + 1.5, y: frame.y + 1)
            }
        }
        y = bottom
    }

    /// The block's text, at the one size of every block: time, title and speakers, else time and
    /// title, else the time and the title shortened (ellipsized) to the lines that fit. Lines break
    /// between words, at the title's hyphenation points (with a hyphen) and after the "·" of
    /// inclusive writing (without); only a word still wider than the block is broken between letters. The day-by-day programme always has the whole text.
    private func fittedText(_ entry: ScheduledOccurrence, font: Font, width: Double, height: Double) -> TextLayout {
        let time = PangoMarkup.small(l10n.timeRange(entry.startTime, entry.endTime))
        let title = PangoMarkup.language(directory.language(of: entry), "<b>" + Self.withLineBreaksAfterMarks(hyphenatedTitle(of: entry)) + "</b>")
        let speakers = entry.trainers.isEmpty ? nil : MarkupText.escape(l10n.list(entry.trainers.map(directory.trainerName)))
        for markup in [[time, title] + (speakers.map { [$0] } ?? []), [time, title]] {
            let layout = wrapped(markup.joined(separator: "\n"), font: font, width: width)
            if layout.size.height <= height { return layout }
        }
        let lineHeight = canvas.layout(title, font: font).size.height
        if height < 2 * lineHeight {
            return wrapped(time + " " + title, font: font, width: width, maximumHeight: height)
        }
        return wrapped(time + "\n" + title, font: font, width: width, maximumHeight: height)
    }

    /// The largest of the style's grid sizes at which every word of every block's title and
    /// speakers fits `width` (or, when none does, the largest with the fewest blocks that overflow).
    private func gridFont(for week: WeekGrid, width: Double) -> Font {
        let texts = week.days.flatMap(\.blocks).map { block in
            "<b>" + Self.withLineBreaksAfterMarks(hyphenatedTitle(of: block.entry)) + "</b>\n"
                + MarkupText.escape(l10n.list(block.entry.trainers.map(directory.trainerName)))
        }
        let overflows = style.gridFontSizes.map { size in
            (size: size, count: texts.count { text in
                canvas.layout(text, font: Font(size: size), frame: TextFrame(width: width, breaksWords: false)).size.width > width + 0.01
            })
        }
        // The fewest words broken between letters, then the largest size.
        let best = overflows.min { ($0.count, -$0.size) < ($1.count, -$1.size) }
        return Font(size: best?.size ?? 6)
    }

    /// `markup` wrapped between words, or between letters too when a word is wider than `width`;
    /// ellipsized beyond `maximumHeight` points.
    private func wrapped(_ markup: String, font: Font, width: Double, maximumHeight: Double? = nil) -> TextLayout {
        let words = canvas.layout(markup, font: font, frame: TextFrame(width: width, maximumHeight: maximumHeight, breaksWords: false))
        if words.size.width <= width + 0.01 { return words }
        return canvas.layout(markup, font: font, frame: TextFrame(width: width, maximumHeight: maximumHeight))
    }

    /// `text` escaped for markup, with a place to break a line (without a hyphen) after each "·"
    /// of inclusive writing ("Conseiller·ère") and each elided article ("l'accompagnant") before a letter.
    static func withLineBreaksAfterMarks(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for character in text {
            if let mark = previous, "·'’".contains(mark), character.isLetter {
                result.removeLast(mark == "'" ? "&#39;".count : 1)
                result += "<span insert_hyphens=\"false\">" + MarkupText.escape(String(mark)) + "\u{200B}</span>"
            }
            result += MarkupText.escape(String(character))
            previous = character
        }
        return result
    }
}
