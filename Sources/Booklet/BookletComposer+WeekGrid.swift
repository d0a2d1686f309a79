import Curriculum
import Presentation

extension BookletComposer {
    /// Block fills, the pale tints of the HTML timetables.
    private static let palette: [Colour] = [
        Colour(red: 0.859, green: 0.918, blue: 0.996), Colour(red: 0.863, green: 0.988, blue: 0.906),
        Colour(red: 0.996, green: 0.953, blue: 0.780), Colour(red: 0.988, green: 0.906, blue: 0.953),
        Colour(red: 0.929, green: 0.914, blue: 0.996), Colour(red: 0.878, green: 0.949, blue: 0.945),
    ]

    /// One page per week and cohort (or per week when no occurrence names a cohort).
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
        for grid in grids {
            for week in WeekGrid.weeks(of: grid.entries, calendar: directory.programme.calendar) {
                startPage()
                let outline = parent ?? canvas.addOutline(l10n.text(.weekGrids), page: page)
                parent = outline
                var heading = l10n.text(.weekOf) + " " + l10n.dayMonthYear(week.monday)
                if let name = grid.name, grids.count > 1 { heading += " — " + name }
                let layout = canvas.layout(MarkupText.escape(heading), font: style.dayHeading, frame: TextFrame(width: style.contentWidth))
                canvas.draw(layout, x: style.margin, y: y)
                canvas.addOutline(heading, page: page, parent: outline)
                y += layout.size.height + style.headingGap
                draw(week, top: y)
            }
        }
    }

    /// Draws the grid from `top` down to the bottom of the text area at most.
    private mutating func draw(_ week: WeekGrid, top: Double) {
        let left = style.margin
        let width = style.contentWidth
        let timeColumn = style.gridTimeColumn
        let laneCount = week.days.reduce(0) { $0 + $1.lanes }
        let laneWidth = (width - timeColumn) / Double(max(1, laneCount))
        let bodyTop = top + style.gridHeaderHeight
        let rowHeight = min((style.bottom - bodyTop) / Double(max(1, week.rowCount)), 30 * style.scale * Double(week.slotMinutes) / 30)
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

        // Blocks.
        for (day, dayX) in zip(week.days, dayLeft) {
            for block in day.blocks {
                let rows = week.rows(of: block.entry)
                let frame = (
                    x: dayX + Double(block.lane) * laneWidth + 1, y: bodyTop + Double(rows.lowerBound) * rowHeight + 0.75,
                    width: laneWidth - 2, height: Double(rows.count) * rowHeight - 1.5
                )
                let fill = Self.palette[directory.colourIndex(of: block.entry, paletteSize: Self.palette.count)]
                canvas.rectangle(x: frame.x, y: frame.y, width: frame.width, height: frame.height, fill: fill, stroke: .muted)
                let text = fittedText(block.entry, width: frame.width - 4, height: frame.height - 2)
                canvas.draw(text, x: frame.x + 2, y: frame.y + 1)
            }
        }
        y = bottom
    }

    /// The block's text at the largest size that fits: time, title and speakers, then without the
    /// speakers, then the title alone; as a last resort the title ellipsized to the lines that fit
    /// (the day-by-day programme always has the whole text).
    private func fittedText(_ entry: ScheduledOccurrence, width: Double, height: Double) -> TextLayout {
        let time = PangoMarkup.small(l10n.timeRange(entry.startTime, entry.endTime))
        let title = PangoMarkup.bold(directory.title(of: entry))
        let speakers = entry.trainers.isEmpty ? nil : MarkupText.escape(l10n.list(entry.trainers.map(directory.trainerName)))
        let candidates = [[time, title] + (speakers.map { [$0] } ?? []), [time, title], [title]]
        var last: TextLayout?
        for markup in candidates {
            for size in style.gridFontSizes {
                let layout = canvas.layout(markup.joined(separator: "\n"), font: Font(size: size), frame: TextFrame(width: width))
                if layout.size.height <= height { return layout }
                last = layout
            }
        }
        let smallest = style.gridFontSizes.last ?? 5
        let lineHeight = (last?.size.height ?? smallest) / Double(max(1, last?.lineCount ?? 1))
        return canvas.layout(
            title, font: Font(size: smallest), frame: TextFrame(width: width, maximumLines: max(1, Int(height / lineHeight)))
        )
    }
}
