import Curriculum
import Foundation
import FoundationXML
import Presentation
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
        let feedLabels = try nodes(index, "//section[@class='feeds']//li/a[1]").map { $0.stringValue ?? "" }
        #expect(feedLabels == [programme.title, programme.trainers[0].name + " (" + (programme.trainers[0].organisation ?? "") + ")"]
            .map(Localization(languageTag: programme.language).typeset))
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
            var shown: [GridCell] = []
            for table in try nodes(document, "//table[@class='grid']") {
                shown += try cellsOfGrid(table)
            }
            let expected = schedule.entries.filter(view.includes).map(\.key)
            #expect(shown.map(\.key).sorted() == expected.sorted(), "\(fileName)")
            #expect(Set(shown.map(\.key)).count == shown.count, "\(fileName) shows a session twice")
            #expect(try nodes(document, "//p[@class='empty']").count == (expected.isEmpty ? 1 : 0), "\(fileName)")
            // No two blocks of one cohort overlap in time on a date.
            for (index, cell) in shown.enumerated() {
                for other in shown[..<index] where other.date == cell.date && other.rows.overlaps(cell.rows) {
                    #expect(Set(cell.cohorts).isDisjoint(with: other.cohorts), "\(cell.key) overlaps \(other.key) in \(fileName)")
                }
            }
        }
    }

    @Test func overlappingOccurrencesGetLanesSideBySide() throws {
        let (programme, schedule) = PrintSamples.emancipasso
        var overlapping = schedule
        var extra = schedule.entries[1]
        extra.key = "parallel/1"
        extra.title = "Atelier en parallèle"
        extra.startTime = TimeOfDay(hour: 15)
        extra.endTime = TimeOfDay(hour: 18)
        overlapping.entries.append(extra)
        let page = try #require(TimetableWriter.pages(schedule: overlapping, programme: programme, feeds: [])
            .first { $0.fileName == "cohort-promo-2023.html" })
        let table = try #require(try nodes(parse(page), "//table[@class='grid']").first)
        let cells = try cellsOfGrid(table)
        let monday = cells.filter { $0.date == "2023-01-16" }
        #expect(monday.map(\.key).sorted() == ["installation/1", "monde-associatif/1", "parallel/1"])
        let columns = Set(monday.filter { $0.key != "installation/1" }.map(\.column))
        #expect(columns.count == 2)
        #expect(try nodes(table, "thead/tr/th[@data-date='2023-01-16']").first.flatMap { attribute($0, "colspan") } == "2")
    }

    @Test func listsTheLongPeriods() throws {
        let (programme, schedule) = PrintSamples.ravenna
        let index = try parse(TimetableWriter.pages(schedule: schedule, programme: programme, feeds: [])[0])
        let periods = try nodes(index, "//section[@class='periods']/ul/li").map { $0.stringValue ?? "" }
        #expect(periods == ["4\u{00A0}March – 12\u{00A0}July\u{00A0}2024: Professional immersion in a local authority"])
    }

    @Test func escapesText() throws {
        let (programme, schedule) = PrintSamples.ravenna
        let index = TimetableWriter.pages(schedule: schedule, programme: programme, feeds: ["a&b <c>.ics"])[0]
        #expect(!index.html.contains("<for>"))
        #expect(index.html.contains("Public policy design &lt;for&gt; &quot;territorial&quot; innovation"))
        #expect(index.html.contains("href=\"a%26b%20%3Cc%3E.ics\">a&amp;b &lt;c&gt;.ics</a>"))
        #expect(index.html.contains("local institutions &amp; shared resources"))
    }

    /// A session cell of a grid, where the table model puts it.
    struct GridCell {
        var key: String
        var date: String
        var column: Int
        var rows: Range<Int>
        var cohorts: [String]
    }

    /// Rebuilds the table's cell geometry as a browser does (rows, columns, rowspan, colspan),
    /// checks that no two cells share a slot, that every row is exactly as wide as the heading, and
    /// that each session cell sits in its date's column and spans the rows of its times.
    private func cellsOfGrid(_ table: XMLElement) throws -> [GridCell] {
        var columnDates: [String] = []
        for heading in try nodes(table, "thead/tr/th") {
            let span = Int(attribute(heading, "colspan") ?? "1") ?? 1
            columnDates += Array(repeating: attribute(heading, "data-date") ?? "", count: span)
        }
        let rows = try nodes(table, "tbody/tr")
        let rowTimes = rows.map { attribute($0, "data-time") ?? "" }
        var occupied = Array(repeating: Array(repeating: false, count: columnDates.count), count: rows.count)
        var cells: [GridCell] = []
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
                    #expect(columnDates[column] == attribute(cell, "data-date"), "\(key) in the wrong column")
                    #expect(rowTimes[r] == attribute(cell, "data-start"), "\(key) starts on the wrong row")
                    if r + rowSpan < rows.count {
                        #expect(rowTimes[r + rowSpan] == attribute(cell, "data-end"), "\(key) ends on the wrong row")
                    }
                    let cohorts = (attribute(cell, "data-cohorts") ?? "").split(separator: " ").map(String.init)
                    cells.append(GridCell(key: key, date: columnDates[column], column: column, rows: r..<(r + rowSpan), cohorts: cohorts))
                }
                column += colSpan
            }
        }
        for (r, row) in occupied.enumerated() {
            #expect(row.dropFirst().allSatisfy { $0 }, "row \(rowTimes[r]) is not filled")
        }
        return cells
    }

    private func normalisedSpaces(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }).joined(separator: " ")
    }
}
