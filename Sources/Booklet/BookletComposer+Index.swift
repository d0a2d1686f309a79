import Curriculum
import Foundation
import Presentation

extension BookletComposer {
    /// The trainers who have sessions, in alphabetical order of family name (or `sort_as`), each with their
    /// occurrences and, after leader dots, the page where each is described; then the venues with
    /// their addresses and rooms. A trainer's entries stay on their heading's page when they fit on
    /// one; otherwise the heading is repeated, marked as continued, on the next page.
    mutating func composeIndexes() {
        startPage()
        let numberWidth = 24 * style.scale
        let entryIndent = 8 * style.scale
        // Room for at least three leader dots after the longest last line.
        let entryWidth = style.contentWidth - entryIndent - numberWidth - 4 * leaderPitch
        // A trainer without sessions has nothing to look up: the participants' index leaves them out.
        let trainerIDs = directory.views.compactMap { view -> String? in
            if case .trainer(let id) = view, !directory.entries(of: view).isEmpty { id } else { nil }
        }
        let sorted = trainerIDs.sorted { (sortKey(of: $0), $0) < (sortKey(of: $1), $1) }
        var outlineAdded = false
        for (index, id) in sorted.enumerated() {
            let entries = directory.entries.filter { $0.trainers.contains(id) }
            let name = PangoMarkup.bold(directory.trainerWithOrganisation(id))
            let heading = canvas.layout(name, font: style.body, frame: TextFrame(width: style.contentWidth))
            let lines = entries.map { entry in
                (canvas.layout(
                    MarkupText.escape(l10n.longDate(entry.date) + ", " + l10n.timeRange(entry.startTime, entry.endTime) + " · ")
                        + PangoMarkup.language(directory.language(of: entry), PangoMarkup.italic(directory.title(of: entry))),
                    font: style.small, frame: TextFrame(width: entryWidth)
                ), pageOfEntry[entry.key])
            }
            let firstLine = lines.first.map { $0.0.size.height + 1.5 } ?? 0
            let allLines = lines.reduce(0) { $0 + $1.0.size.height + 1.5 }
            let headingHeight = heading.size.height + 2
            // The whole entry when it fits on a page, else at least the heading and the first line.
            let keep = headingHeight + allLines <= style.bottom - style.top ? allLines : firstLine
            if index == 0 {
                sectionHeading(l10n.text(.indexOfTrainers), keepingWith: headingHeight + keep)
                canvas.addOutline(l10n.text(.indexOfTrainers), page: page)
                outlineAdded = true
            }
            reserve(headingHeight, keepingWith: keep)
            canvas.draw(heading, x: style.margin, y: y)
            y += headingHeight
            for (line, entryPage) in lines {
                if y + line.size.height > style.bottom, y > style.top {
                    startPage()
                    let continued = canvas.layout(
                        name + MarkupText.escape(" " + l10n.text(.continued)), font: style.body,
                        frame: TextFrame(width: style.contentWidth)
                    )
                    canvas.draw(continued, x: style.margin, y: y)
                    y += continued.size.height + 2
                }
                canvas.draw(line, x: style.margin + entryIndent, y: y)
                if let entryPage {
                    let number = canvas.layout(
                        MarkupText.escape(l10n.text(.pageAbbreviation) + "\u{00A0}" + String(entryPage)), font: style.small,
                        frame: TextFrame(width: numberWidth - 2, alignment: .right)
                    )
                    let numberStart = style.margin + style.contentWidth - number.lastLineWidth
                    let lastLineTop = y + line.size.height - number.size.height
                    leaderDots(
                        from: style.margin + entryIndent + line.lastLineWidth, to: numberStart, y: lastLineTop,
                        column: style.margin + style.contentWidth - numberWidth + 2
                    )
                    canvas.draw(number, x: style.margin + style.contentWidth - numberWidth + 2, y: lastLineTop, colour: .muted)
                }
                y += line.size.height + 1.5
            }
            y += style.gap
        }
        composeVenues(outlineAdded: outlineAdded)
    }

    /// The distance between two leader dots.
    private var leaderPitch: Double { 3 * style.scale }

    /// Leader dots between `start` and `end` on the line whose top is `y`, on a fixed pitch counted
    /// from the page numbers' column so that the dots of successive lines stand in columns.
    private func leaderDots(from start: Double, to end: Double, y: Double, column: Double) {
        let dot = canvas.layout(".", font: style.small)
        let pitch = leaderPitch
        var x = column - pitch
        while x + dot.size.width > end - pitch / 2 { x -= pitch }
        while x >= start + pitch / 2 {
            canvas.draw(dot, x: x, y: y, colour: .muted)
            x -= pitch
        }
    }

    private mutating func composeVenues(outlineAdded: Bool) {
        let programme = directory.programme
        let venueIDs = programme.venues.map(\.id) + directory.usedVenues.filter { id in !programme.venues.contains { $0.id == id } }
        guard !venueIDs.isEmpty else { return }
        let layouts = venueIDs.map { id in
            var markup = PangoMarkup.bold(directory.venueName(id))
            if let address = directory.venue(id)?.address, !address.isEmpty {
                markup += "\n" + MarkupText.escape(address)
            }
            let rooms = programme.rooms.filter { $0.venue == id }.map { room in
                room.name + " (" + String(room.capacity) + "\u{00A0}" + l10n.text(.seats) + ")"
            }
            if !rooms.isEmpty {
                markup += "\n" + PangoMarkup.small(l10n.labelled(l10n.text(.rooms), rooms.joined(separator: ", ")))
            }
            return canvas.layout(markup, font: style.body, frame: TextFrame(width: style.contentWidth))
        }
        sectionHeading(l10n.text(.indexOfVenues), keepingWith: layouts[0].size.height)
        canvas.addOutline(l10n.text(.indexOfVenues), page: page)
        for layout in layouts {
            reserve(layout.size.height)
            canvas.draw(layout, x: style.margin, y: y)
            y += layout.size.height + style.gap
        }
    }

    /// The trainer's `sort_as` when the programme gives one, else the family-name key of the name;
    /// ignoring case and accents either way.
    private func sortKey(of id: String) -> String {
        if let sortAs = directory.trainer(id)?.sortAs, !sortAs.isEmpty {
            return sortAs.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        }
        return sortKey(directory.trainerName(id))
    }

    /// Alphabetical order by family name (the last word, with the particles before it: "Da Silva",
    /// "van Dijk"), then given names, ignoring case and accents, independent of the system locale.
    private func sortKey(_ name: String) -> String {
        let particles: Set<String> = ["da", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "la", "le", "van", "von"]
        let words = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
            .split(separator: " ").map(String.init)
        var familyStart = max(0, words.count - 1)
        while familyStart > 1, particles.contains(words[familyStart - 1]) { familyStart -= 1 }
        return (words[familyStart...] + ["\u{1}"] + words[..<familyStart]).joined(separator: " ")
    }
}
