import Curriculum
import Foundation
import Presentation

extension BookletComposer {
    /// The trainers in alphabetical order, each with their occurrences and the page where each is
    /// described; then the venues with their addresses and rooms.
    mutating func composeIndexes() {
        startPage()
        let entryWidth = style.contentWidth - 24 * style.scale
        let trainerIDs = directory.views.compactMap { view -> String? in
            if case .trainer(let id) = view { id } else { nil }
        }
        let sorted = trainerIDs.sorted {
            (sortKey(directory.trainerName($0)), $0) < (sortKey(directory.trainerName($1)), $1)
        }
        var outlineAdded = false
        for (index, id) in sorted.enumerated() {
            let entries = directory.entries.filter { $0.trainers.contains(id) }
            var name = PangoMarkup.bold(directory.trainerName(id))
            if let organisation = directory.trainer(id)?.organisation, !organisation.isEmpty {
                name += MarkupText.escape(" — " + organisation)
            }
            let heading = canvas.layout(name, font: style.body, frame: TextFrame(width: style.contentWidth))
            let lines = entries.map { entry in
                (canvas.layout(
                    MarkupText.escape(l10n.longDate(entry.date) + ", " + l10n.timeRange(entry.startTime, entry.endTime) + " · ")
                        + PangoMarkup.italic(directory.title(of: entry)),
                    font: style.small, frame: TextFrame(width: entryWidth)
                ), pageOfEntry[entry.key])
            }
            let firstLine = lines.first?.0.size.height ?? 0
            if index == 0 {
                sectionHeading(l10n.text(.indexOfTrainers), keepingWith: heading.size.height + firstLine)
                canvas.addOutline(l10n.text(.indexOfTrainers), page: page)
                outlineAdded = true
            }
            reserve(heading.size.height + 2, keepingWith: firstLine)
            canvas.draw(heading, x: style.margin, y: y)
            y += heading.size.height + 2
            for (line, entryPage) in lines {
                reserve(line.size.height)
                canvas.draw(line, x: style.margin + 8 * style.scale, y: y)
                if let entryPage {
                    let number = canvas.layout(
                        MarkupText.escape(l10n.text(.pageAbbreviation) + "\u{00A0}" + String(entryPage)), font: style.small,
                        frame: TextFrame(width: 24 * style.scale - 2, alignment: .right)
                    )
                    canvas.draw(number, x: style.margin + style.contentWidth - 24 * style.scale + 2, y: y, colour: .muted)
                }
                y += line.size.height + 1.5
            }
            y += style.gap
        }
        composeVenues(outlineAdded: outlineAdded)
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
