import Curriculum
import Presentation

/// A cohort's, trainer's or room's page: one week grid per week that has occurrences.
///
/// The grid is a table with a row per slot of `WeekGrid.slotMinutes` and a column per day (or per
/// lane of a day); each occurrence is one cell spanning its rows, so its height is its duration.
struct GridPage {
    let directory: ProgrammeDirectory
    let view: TimetableView
    let marks: CalendarMarks

    private var l10n: Localization { directory.localization }

    private func e(_ text: String) -> String { MarkupText.escape(text) }

    var html: String {
        let name = directory.name(of: view)
        let entries = directory.entries(of: view)
        // A place shared by every block is said once, under the heading.
        let places = Set(entries.map(directory.place))
        let commonPlace = places.count == 1 ? places.first : nil
        var body = "<header>\n<p class=\"back\"><a href=\"index.html\">\(e(l10n.text(.backToProgramme)))</a></p>\n"
        body += "<h1>\(e(name))</h1>\n<p class=\"subtitle\">\(e(l10n.typeset(directory.programme.title)))</p>\n"
        if let commonPlace {
            body += "<p class=\"meta\">\(e(commonPlace))</p>\n"
        }
        body += "</header>\n<main>\n"
        let weeks = WeekGrid.weeks(of: entries, calendar: directory.programme.calendar)
        if weeks.isEmpty {
            body += "<p class=\"empty\">\(e(l10n.text(.noSessions)))</p>\n"
        }
        // Breaks and long periods at their place between the weeks, the rest after the last week.
        var periods = entries.isEmpty ? [] : marks.periods(
            from: entries[0].date, to: entries[entries.count - 1].date, venues: weeks.flatMap { week in
                week.days.flatMap { marks.venues(on: $0.date, weekEntries: week.days.flatMap(\.blocks).map(\.entry)) }
            }
        )[...]
        for week in weeks {
            while let period = periods.first, period.from < week.monday {
                body += paragraph(period)
                periods.removeFirst()
            }
            body += table(week, showsPlace: commonPlace == nil)
        }
        for period in periods { body += paragraph(period) }
        body += "</main>\n"
        return TimetableWriter.document(title: name + " — " + directory.programme.title, language: l10n, body: body)
    }

    /// "Vacances d'hiver : du 23 décembre 2023 au 7 janvier 2024".
    private func paragraph(_ period: CalendarMarks.Period) -> String {
        "<p class=\"period\">\(e(l10n.labelled(period.title, l10n.dateRange(from: period.from, to: period.to))))</p>\n"
    }

    private func table(_ week: WeekGrid, showsPlace: Bool) -> String {
        let heading = l10n.text(.weekOf) + " " + l10n.dayMonthYear(week.monday)
        let weekEntries = week.days.flatMap(\.blocks).map(\.entry)
        // The days without teaching, with their names: a column of their own.
        let dayMarks = week.days.map { day in day.blocks.isEmpty ? marks.mark(on: day.date, weekEntries: weekEntries) : nil }
        let id = "w\(week.monday)"
        // 0.08 rem a minute, written in hundredths so that the text is exact (2.4rem for 30 minutes).
        let hundredths = week.slotMinutes * 8
        let rowHeight = String(hundredths / 100) + "." + (hundredths % 100 < 10 ? "0" : "") + String(hundredths % 100)
        var html = "<section class=\"week\" aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(e(heading))</h2>\n"
        html += "<table class=\"grid\" style=\"--row: \(rowHeight)rem\">\n"
        html += "<caption class=\"visually-hidden\">\(e(directory.name(of: view) + " — " + heading))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(e(l10n.text(.time)))</th>"
        for (day, mark) in zip(week.days, dayMarks) {
            html += "<th scope=\"col\" colspan=\"\(day.lanes)\" data-date=\"\(day.date)\">\(e(l10n.weekdayDayMonth(day.date)))"
            if let mark { html += "<br/><span class=\"closure\">\(e(mark))</span>" }
            html += "</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in 0..<week.rowCount {
            let time = TimeOfDay(minutes: week.start.minutes + row * week.slotMinutes)
            let label = time.minute % 30 == 0 ? e(l10n.time(time)) : ""
            html += "<tr\(time.minute == 0 ? " class=\"hour\"" : "") data-time=\"\(time)\"><th scope=\"row\">\(label)</th>"
            for (day, mark) in zip(week.days, dayMarks) {
                if let mark {
                    if row == 0 { html += "<td class=\"closed\" rowspan=\"\(week.rowCount)\"><p>\(e(mark))</p></td>" }
                    continue
                }
                for lane in 0..<day.lanes {
                    let blocks = day.blocks.filter { $0.lane == lane }
                    if let block = blocks.first(where: { week.rows(of: $0.entry).lowerBound == row }) {
                        html += cell(block.entry, rows: week.rows(of: block.entry).count, showsPlace: showsPlace)
                    } else if !blocks.contains(where: { week.rows(of: $0.entry).contains(row) }) {
                        html += "<td></td>"
                    }
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }

    private func cell(_ entry: ScheduledOccurrence, rows: Int, showsPlace: Bool) -> String {
        var html = "<td class=\"session\" rowspan=\"\(rows)\" data-key=\"\(e(entry.key))\" data-date=\"\(entry.date)\""
        html += " data-start=\"\(entry.startTime)\" data-end=\"\(entry.endTime)\" data-cohorts=\"\(e(entry.cohorts.joined(separator: " ")))\" style=\"--span: \(rows)\">"
        html += "<div class=\"block \("c" + String(directory.colourIndex(of: entry, paletteSize: Stylesheet.paletteSize)))\">"
        html += "<p class=\"when\">\(e(l10n.timeRange(entry.startTime, entry.endTime)))"
        if directory.showsTimeZones { html += " <span class=\"zone\">\(e(entry.timezone))</span>" }
        html += "</p><p class=\"title\"\(directory.languageAttribute(of: entry))>\(e(directory.title(of: entry)))</p>"
        if !entry.trainers.isEmpty {
            html += "<p class=\"who\">\(e(l10n.list(entry.trainers.map(directory.trainerName))))</p>"
        }
        if showsPlace {
            html += "<p class=\"where\">\(e(directory.place(of: entry)))</p>"
        }
        if case .cohort = view {} else if !entry.cohorts.isEmpty {
            html += "<p class=\"where\">\(e(l10n.list(entry.cohorts.map(directory.cohortName))))</p>"
        }
        return html + "</div></td>"
    }
}
