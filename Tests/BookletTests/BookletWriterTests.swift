@testable import Booklet
import Curriculum
import Foundation
import Presentation
import PrintTestSupport
import Testing

@Suite struct BookletWriterTests {
    static let samples = [PrintSamples.emancipasso, PrintSamples.ravenna]
    static let cases: [(Int, Paper)] = samples.indices.flatMap { sample in Paper.allCases.map { (sample, $0) } }

    /// Whitespace of any kind collapsed to one space; a hyphen at a line end joined to the next line.
    private func normalised(_ text: String) -> String {
        // A line broken at a hyphenation point ends in the drawn hyphen, which pdftotext gives as U+00AD.
        text.replacingOccurrences(of: "-\n", with: "-").replacingOccurrences(of: "\u{00AD}\n", with: "")
            .split(whereSeparator: { $0.isWhitespace || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{0C}" })
            .joined(separator: " ")
    }

    private func render(_ sample: Int, _ paper: Paper) throws -> (Poppler, ProgrammeDirectory) {
        let (programme, schedule) = Self.samples[sample]
        let bytes = try BookletWriter.pdf(schedule: schedule, programme: programme, paper: paper)
        return (try Poppler(bytes: bytes), ProgrammeDirectory(schedule: schedule, programme: programme))
    }

    /// Pages holding a week grid: their first line is the grid's heading.
    private func gridPages(_ pdf: Poppler, pageCount: Int, localization: Localization) throws -> [Int] {
        try (1...pageCount).filter { page in
            try pdf.text(first: page, last: page).hasPrefix(localization.text(.weekOf) + " ")
        }
    }

    @Test(arguments: cases)
    func containsEverySessionTitleAndSpeakerInProgrammeOrder(sample: Int, paper: Paper) throws {
        let (pdf, directory) = try render(sample, paper)
        let text = normalised(try pdf.text())
        var position = text.startIndex
        for entry in directory.entries {
            let title = try #require(text.range(of: normalised(entry.title), range: position..<text.endIndex),
                                     "\(entry.key) missing or out of order")
            var end = title.upperBound
            for trainer in entry.trainers {
                let speaker = text.range(of: normalised(directory.trainerWithOrganisation(trainer)), range: title.upperBound..<text.endIndex)
                #expect(speaker != nil, "\(trainer) missing after \(entry.key)")
                end = max(end, speaker?.upperBound ?? end)
            }
            position = end
        }
        for block in Self.samples[sample].schedule.blocks {
            #expect(text.contains(normalised(block.title)))
        }
    }

    @Test(arguments: cases)
    func embedsEveryFont(sample: Int, paper: Paper) throws {
        let (pdf, _) = try render(sample, paper)
        let fonts = try pdf.fonts()
        #expect(!fonts.isEmpty)
        for font in fonts {
            #expect(font.count >= 8 && font[font.count - 5] == "yes", "not embedded: \(font)")
            #expect(font.first?.contains("DejaVuSans") == true, "unexpected font \(font)")
        }
    }

    @Test(arguments: cases)
    func pagesFollowTheContent(sample: Int, paper: Paper) throws {
        let (pdf, directory) = try render(sample, paper)
        let info = try pdf.info()
        let pages = try #require(Int(info["Pages"] ?? ""))
        let size = paper.size
        #expect(info["Page size"]?.hasPrefix(String(format: "%.2f x %.2f", size.width, size.height)) == true, "\(info)")
        // One grid page per week of each cohort, but for the weeks with few occurrences, which are listed.
        let grids = try gridPages(pdf, pageCount: pages, localization: directory.localization)
        let expectedGrids = directory.programme.cohorts.reduce(0) { count, cohort in
            let weeks = Dictionary(grouping: directory.entries(of: .cohort(cohort.id)), by: \.date.mondayOfWeek)
            return count + weeks.values.filter { $0.count > BookletComposer.listedWeekLimit }.count
        }
        #expect(grids.count == expectedGrids)
        // Every page has text, and pages 2… have their number as the lowest word, centred.
        let words = try pdf.words()
        for page in 1...pages {
            let onPage = words.filter { $0.page == page }
            #expect(!onPage.isEmpty, "page \(page) is empty")
            guard page > 1, let lowest = onPage.max(by: { $0.yMax < $1.yMax }) else { continue }
            #expect(lowest.text == String(page), "page \(page) ends with \(lowest.text)")
            #expect(abs((lowest.xMin + lowest.xMax) / 2 - size.width / 2) < 2)
        }
        // Cover, programme, grids, indexes: a one-week programme fits in a few pages.
        let programmePages = try #require(grids.first) - 2
        #expect(programmePages >= 1 && programmePages <= (paper == .a5 ? 2 : 1) * directory.dates.count / 2 + 1)
        #expect(pages - grids.last! <= 2)
        if directory.dates.count <= 5 { #expect(pages <= 6) }
    }

    @Test(arguments: cases)
    func keepsEachDayHeadingWithItsFirstSession(sample: Int, paper: Paper) throws {
        let (pdf, directory) = try render(sample, paper)
        let pages = try #require(Int(try pdf.info()["Pages"] ?? ""))
        let firstGrid = try #require(try gridPages(pdf, pageCount: pages, localization: directory.localization).first)
        let texts = try (1..<firstGrid).map { normalised(try pdf.text(first: $0, last: $0)) }
        let l10n = directory.localization
        for date in directory.dates {
            let heading = normalised(l10n.capitalisingFirstLetter(l10n.longDate(date)))
            let page = try #require(texts.firstIndex { $0.contains(heading) }, "no heading for \(date)")
            let first = try #require(directory.entries.first { $0.date == date })
            #expect(texts[page].contains(normalised(first.title)), "\(heading) is not on the page of \(first.key)")
        }
    }

    @Test(arguments: cases)
    func keepsTextInsideTheMargins(sample: Int, paper: Paper) throws {
        let (pdf, _) = try render(sample, paper)
        let style = BookletStyle(paper: paper)
        let words = try pdf.words()
        #expect(!words.isEmpty)
        for word in words {
            #expect(word.xMin >= style.margin - 1 && word.xMax <= style.pageWidth - style.margin + 1,
                    "'\(word.text)' on page \(word.page) crosses a side margin")
            #expect(word.yMin >= style.margin - 1 && word.yMax <= style.pageHeight - style.margin + 1,
                    "'\(word.text)' on page \(word.page) crosses the top or bottom margin")
        }
    }

    @Test func isReproducible() throws {
        let (programme, schedule) = PrintSamples.ravenna
        let first = try BookletWriter.pdf(schedule: schedule, programme: programme)
        let second = try BookletWriter.pdf(schedule: schedule, programme: programme)
        #expect(first == second)
        var republished = schedule
        republished.published = "2024-02-03T04:05:06Z"
        let third = try BookletWriter.pdf(schedule: republished, programme: programme)
        let text = String(decoding: third, as: UTF8.self)
        #expect(text.contains("/CreationDate (20240203040506Z)"))
        #expect(text.contains("/ModDate (20240203040506Z)"))
        #expect(String(decoding: first, as: UTF8.self).contains("/CreationDate (20231101083000Z)"))
    }

    @Test(arguments: Paper.allCases)
    func wrapsLongTitlesInsteadOfClippingThem(paper: Paper) throws {
        let programme = PrintSamples.emancipasso.programme
        var schedule = PrintSamples.emancipasso.schedule
        let title = (1...12).map { "Atelier \($0) : un deux ; trois quatre ! cinq six ? sept" }.joined(separator: " ")
        schedule.entries[1].title = title
        let pdf = try Poppler(bytes: BookletWriter.pdf(schedule: schedule, programme: programme, paper: paper))
        let style = BookletStyle(paper: paper)
        let text = try pdf.text(first: 2, last: 2)
        #expect(normalised(text).contains(normalised(title)))
        let lines = text.split(whereSeparator: \.isNewline).filter { $0.contains("Atelier") }
        #expect(lines.count >= 3)
        for word in try pdf.words() where word.page == 2 {
            #expect(word.xMax <= style.pageWidth - style.margin + 1, "'\(word.text)' crosses the right margin")
        }
    }

    @Test func convertsThePublicationTimeForCairo() {
        #expect(BookletWriter.pdfDate("2023-01-09T10:00:00Z") == "2023-01-09T10:00:00Z")
        #expect(BookletWriter.pdfDate("2023-01-09T10:00:00.123+01:00") == "2023-01-09T10:00:00+01:00")
        #expect(BookletWriter.pdfDate("2023-01-09T10:00:00") == "2023-01-09T10:00:00")
        #expect(BookletWriter.pdfDate("yesterday") == "1970-01-01T00:00:00Z")
    }
}
