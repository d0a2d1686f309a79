import Curriculum
import Foundation
import FoundationXML
import PrintTestSupport
import Testing
@testable import Timetable

@Suite struct TimetableWriterTests {
    static let samples = [PrintSamples.emancipasso, PrintSamples.ravenna]

    private func parse(_ page: HTMLPage) throws -> XMLDocument {
        try XMLDocument(data: Data(page.html.utf8), options: [])
    }

    private func nodes(_ document: XMLNode, _ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    private func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attribute(forName: name)?.stringValue
    }

    @Test(arguments: samples.indices)
    func everyPageIsWellFormedAndSelfContained(sample: Int) throws {
        let (programme, schedule) = Self.samples[sample]
        let pages = TimetableWriter.pages(schedule: schedule, programme: programme, feeds: ["\(programme.id).ics"])
        #expect(pages.first?.fileName == "index.html")
        #expect(Set(pages.map(\.fileName)).count == pages.count)
        for page in pages {
            let document = try parse(page)
            #expect(document.rootElement()?.name == "html")
            #expect(attribute(document.rootElement()!, "lang") == programme.language)
            #expect(try nodes(document, "//script").isEmpty, "\(page.fileName) has a script")
            #expect(try nodes(document, "//link").isEmpty, "\(page.fileName) loads a stylesheet")
            #expect(try nodes(document, "//head/style").count == 1)
            for link in try nodes(document, "//a/@href/..") {
                let href = attribute(link, "href") ?? ""
                #expect(!href.hasPrefix("http") && !href.hasPrefix("//"), "\(page.fileName) links out to \(href)")
            }
        }
    }

    @Test(arguments: samples.indices)
    func indexLinksToEveryViewAndFeed(sample: Int) throws {
        let (programme, schedule) = Self.samples[sample]
        let feeds = ["\(programme.id).ics", "trainer-\(programme.trainers[0].id).ics"]
        let pages = TimetableWriter.pages(schedule: schedule, programme: programme, feeds: feeds)
        let index = try parse(pages[0])
        let hrefs = try nodes(index, "//a").compactMap { attribute($0, "href") }
        for page in pages.dropFirst() {
            #expect(hrefs.contains(page.fileName), "index misses \(page.fileName)")
        }
        #expect(pages.count == 1 + programme.cohorts.count + programme.trainers.count + programme.rooms.count)
        for feed in feeds { #expect(hrefs.contains(feed)) }
        #expect(!hrefs.contains { $0.hasPrefix("webcal:") })

        let withBase = TimetableWriter.pages(
            schedule: schedule, programme: programme, feeds: feeds,
            options: TimetableOptions(feedBaseURL: "https://agenda.example.org/cursus")
        )
        let subscribe = try nodes(parse(withBase[0]), "//a[@class='button']").compactMap { attribute($0, "href") }
        #expect(subscribe == feeds.map { "webcal://agenda.example.org/cursus/" + $0 })
    }

    @Test(arguments: samples.indices)
    func indexListsEverySessionOnceDayByDay(sample: Int) throws {
        let (programme, schedule) = Self.samples[sample]
        let index = try parse(TimetableWriter.pages(schedule: schedule, programme: programme, feeds: [])[0])
        let rows = try nodes(index, "//section[@class='programme']//tr[@data-key]")
        #expect(rows.compactMap { attribute($0, "data-key") } == schedule.entries.map(\.key))
        let headings = try nodes(index, "//section[@class='day']/h3").compactMap(\.stringValue)
        let localization = Localization(languageTag: programme.language)
        #expect(headings == Array(Set(schedule.entries.map(\.date))).sorted().map(localization.longDate))
        // Titles survive escaping ("<for>", quotes, "&") and French spacing changes only spaces.
        for (row, entry) in zip(rows, schedule.entries) {
            let title = try nodes(row, "td/span[@class='title']").first?.stringValue ?? ""
            #expect(normalisedSpaces(title) == normalisedSpaces(entry.title))
        }
    }

    @Test(arguments: samples.indices)
    func everyViewShowsEachOfItsSessionsOnceInTheRightCell(sample: Int) throws {
        let (programme, schedule) = Self.samples[sample]
        let pages = TimetableWriter.pages(schedule: schedule, programme: programme, feeds: [])
        let directory = ProgrammeDirectory(schedule: schedule, programme: programme)
        for ((view, fileName), page) in zip(TimetableWriter.fileNames(of: directory.views), pages.dropFirst()) {
            #expect(page.fileName == fileName)
            let document = try parse(page)
            var shown: [String] = []
            for table in try nodes(document, "//table[@class='grid']") {
                shown += try cellsOfGrid(table, view: view)
            }
            let expected = schedule.entries.filter(view.includes).map(\.key)
            #expect(shown.sorted() == expected.sorted(), "\(fileName)")
            #expect(Set(shown).count == shown.count, "\(fileName) shows a session twice")
        }
    }

    /// Rebuilds the table's cell geometry as a browser does (rows, columns, rowspan, colspan),
    /// checks that no two cells overlap and that every row is exactly as wide as the heading, that
    /// each session cell sits in its date's column and spans the rows of its times, and that no two
    /// blocks of one cohort overlap in time; returns the keys of the session cells.
    private func cellsOfGrid(_ table: XMLElement, view: TimetableView) throws -> [String] {
        var columnDates: [String] = []
        for heading in try nodes(table, "thead/tr/th") {
            let span = Int(attribute(heading, "colspan") ?? "1") ?? 1
            columnDates += Array(repeating: attribute(heading, "data-date") ?? "", count: span)
        }
        let rows = try nodes(table, "tbody/tr")
        let rowTimes = rows.map { attribute($0, "data-time") ?? "" }
        var occupied = Array(repeating: Array(repeating: false, count: columnDates.count), count: rows.count)
        var keys: [String] = []
        var cohortSlots: [String: Set<[Int]>] = [:]
        for (r, row) in rows.enumerated() {
            var column = 0
            for cell in row.children?.compactMap({ $0 as? XMLElement }) ?? [] {
                while column < columnDates.count, occupied[r][column] { column += 1 }
                let rowSpan = Int(attribute(cell, "rowspan") ?? "1") ?? 1
                let colSpan = Int(attribute(cell, "colspan") ?? "1") ?? 1
                try #require(column + colSpan <= columnDates.count && r + rowSpan <= rows.count, "cell outside the grid")
                for dr in 0..<rowSpan { for dc in 0..<colSpan {
                    #expect(!occupied[r + dr][column + dc], "two cells share a slot")
                    occupied[r + dr][column + dc] = true
                } }
                if attribute(cell, "class") == "session" {
                    let key = attribute(cell, "data-key") ?? ""
                    keys.append(key)
                    #expect(columnDates[column] == attribute(cell, "data-date"), "\(key) in the wrong column")
                    #expect(rowTimes[r] == attribute(cell, "data-start"), "\(key) starts on the wrong row")
                    let endRow = r + rowSpan
                    let end = endRow < rows.count ? rowTimes[endRow] : nil
                    if let end { #expect(end == attribute(cell, "data-end"), "\(key) ends on the wrong row") }
                    for cohort in (attribute(cell, "data-cohorts") ?? "").split(separator: " ").map(String.init) {
                        for slot in r..<endRow {
                            let (inserted, _) = cohortSlots[cohort, default: []].insert([slot, dateIndex(columnDates[column], columnDates)])
                            #expect(inserted, "two blocks of \(cohort) overlap at \(rowTimes[slot]) in \(view)")
                        }
                    }
                }
                column += colSpan
            }
        }
        for (r, row) in occupied.enumerated() {
            #expect(row.dropFirst().allSatisfy { $0 }, "row \(rowTimes[r]) is not filled")
        }
        return keys
    }

    private func dateIndex(_ date: String, _ dates: [String]) -> Int { dates.firstIndex(of: date) ?? -1 }

    private func normalisedSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }).joined(separator: " ")
    }
}
