@testable import Booklet
import Curriculum
import CursusTestSupport
import Foundation
import Testing
import Presentation

/// The typographic rules of the booklet, read back with `pdftotext` from the booklet of every
/// bundled curriculum (with its committed `schedule.json`), on both papers.
@Suite struct BundledBookletsTests {
    static let root = PackageRoot.url
    static let programmes = ["cluny-mas-2023-2024", "echirolles-ateliers-2023", "emancipasso-2023"]
    static let cases: [(String, Paper)] = programmes.flatMap { id in Paper.allCases.map { (id, $0) } }

    /// A rendered booklet with its programme, directory and page texts.
    struct Booklet: Sendable {
        let pdf: Poppler
        let directory: ProgrammeDirectory
        let schedule: Schedule
        let paper: Paper
        /// `pdftotext -layout` of each page, 0-based.
        let layoutPages: [String]
        /// `pdftotext` (reading order) of each page, 0-based.
        let pages: [String]

        var l10n: Localization { directory.localization }

        /// 1-based numbers of the pages whose first line starts with `prefix`.
        func pages(startingWith prefix: String) -> [Int] {
            pages.indices.filter { pages[$0].hasPrefix(prefix) }.map { $0 + 1 }
        }
    }

    /// Each booklet rendered and read once for all the tests.
    static let rendered: [String: Result<Booklet, any Error>] = Dictionary(
        uniqueKeysWithValues: cases.map { id, paper in (id + "/" + paper.rawValue, Result { try render(id, paper) }) }
    )

    static func booklet(_ id: String, _ paper: Paper) throws -> Booklet {
        try #require(rendered[id + "/" + paper.rawValue]).get()
    }

    static func render(_ id: String, _ paper: Paper) throws -> Booklet {
        let programme = try CurriculumLoader().load(path: root.appendingPathComponent("curricula/\(id).yaml").path)
        let data = try Data(contentsOf: root.appendingPathComponent("exports/\(id)/schedule.json"))
        let schedule = try JSONDecoder().decode(Schedule.self, from: data)
        let pdf = try Poppler(bytes: BookletWriter.pdf(schedule: schedule, programme: programme, paper: paper))
        let count = try #require(Int(try pdf.info()["Pages"] ?? ""))
        let layout = try pdf.layoutText().split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(count).map(String.init)
        let plain = try pdf.text().split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(count).map(String.init)
        return Booklet(
            pdf: pdf, directory: ProgrammeDirectory(schedule: schedule, programme: programme), schedule: schedule, paper: paper,
            layoutPages: layout, pages: plain
        )
    }

    /// "9 h 30 – 12 h 30" or "9:30–12:30" at the start of a line.
    static var timeRangeAtStart: Regex<(Substring, Substring, Substring?)> { #/^\s*\d{1,2}(\s?h(\s\d\d)?|:\d\d)\s?–\s?\d/# }

    /// Lines of text with the spaces of every kind made plain.
    static func lines(_ text: String) -> [String] {
        text.replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
            .split(whereSeparator: \.isNewline).map(String.init)
    }

    @Test(arguments: cases)
    func aDayContinuedOnANewPageRepeatsItsHeadingAndEveryTimeStaysWithItsTitle(id: String, paper: Paper) throws {
        let booklet = try Self.booklet(id, paper)
        let programmeEnd = (booklet.pages(startingWith: booklet.l10n.text(.weekOf)) + booklet.pages(startingWith: booklet.l10n.text(.weeks))).min() ?? booklet.pages.count
        var continued = 0
        for page in 2..<programmeEnd {
            let lines = Self.lines(booklet.layoutPages[page - 1]).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let first = try #require(lines.first, "page \(page) is empty")
            #expect(first.firstMatch(of: Self.timeRangeAtStart) == nil, "page \(page) opens with a session without its day: \(first)")
            if first.hasSuffix(booklet.l10n.text(.continued)) {
                continued += 1
                let day = first.dropLast(booklet.l10n.text(.continued).count + 1)
                let previous = Self.lines(booklet.layoutPages[page - 2])
                let lastHeading = previous.last { line in booklet.directory.dates.contains { date in
                    Self.lines(booklet.l10n.capitalisingFirstLetter(booklet.l10n.longDate(date))).first == line.trimmingCharacters(in: .whitespaces)
                        || line.hasPrefix(Self.lines(booklet.l10n.capitalisingFirstLetter(booklet.l10n.longDate(date))).first! + " ")
                } }
                #expect(lastHeading?.hasPrefix(String(day)) == true, "page \(page) continues \(day), page \(page - 1) ends with \(lastHeading ?? "no day")")
            }
            // A time range at the start of a line has its title beside it.
            for line in lines where line.firstMatch(of: Self.timeRangeAtStart) != nil {
                let rest = line.replacing(Self.timeRangeAtStart, with: "")
                let hasTitle = rest.contains { $0.isLetter }
                #expect(hasTitle, "page \(page): a time without its title: \(line)")
            }
        }
        if id == "emancipasso-2023", paper == .a5 { #expect(continued >= 1) }
    }

    @Test(arguments: cases)
    func indexEntriesStayWithTheirHeadingAndEndInLeaderDotsAndAlignedPageNumbers(id: String, paper: Paper) throws {
        let booklet = try Self.booklet(id, paper)
        let indexPage = try #require(booklet.pages(startingWith: booklet.l10n.text(.indexOfTrainers)).first)
        let weekdays = Weekday.allCases.map { booklet.l10n.name(of: $0) }
        for page in indexPage...booklet.pages.count {
            let lines = Self.lines(booklet.layoutPages[page - 1]).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let first = lines.first?.trimmingCharacters(in: .whitespaces) ?? ""
            #expect(!weekdays.contains { first.hasPrefix($0 + " ") }, "page \(page) opens with an index entry without its trainer: \(first)")
            for line in lines where line.firstMatch(of: #/p\.\s\d+\s*$/#) != nil {
                #expect(line.contains(". . ."), "page \(page): no leader dots in \(line)")
            }
        }
        // The page numbers end at the right margin, one under the other.
        let style = BookletStyle(paper: paper)
        let words = try booklet.pdf.words()
        let numbers = words.indices.filter { index in
            index > 0 && words[index].page >= indexPage && words[index - 1].text == "p." && Int(words[index].text) != nil
        }
        #expect(numbers.count == booklet.directory.entries.reduce(0) { $0 + $1.trainers.count })
        for index in numbers {
            #expect(abs(words[index].xMax - (style.pageWidth - style.margin)) < 1, "page number \(words[index]) not at the margin")
        }
    }

    @Test(arguments: cases)
    func noLineStartsWithPunctuationAndNoNameWrapsTwice(id: String, paper: Paper) throws {
        let booklet = try Self.booklet(id, paper)
        for (index, page) in booklet.pages.enumerated() {
            for line in Self.lines(page) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard let first = trimmed.first else { continue }
                #expect(!",;:!?.)»".contains(first), "page \(index + 1) has a line starting with punctuation: \(trimmed)")
                #expect(!trimmed.hasSuffix("«"), "page \(index + 1) has a line ending with «: \(trimmed)")
                #expect(line.firstMatch(of: #/\([^()]*\([^()]*\)\)/#) == nil, "page \(index + 1): parentheses in parentheses: \(trimmed)")
            }
        }
    }

    @Test(arguments: cases)
    func theCoverGivesTheTeachingPeriodAndEveryLongPeriod(id: String, paper: Paper) throws {
        let booklet = try Self.booklet(id, paper)
        let cover = Self.lines(booklet.pages[0]).joined(separator: " ")
        let l10n = booklet.l10n
        let dates = booklet.directory.dates
        let plain = { (text: String) in Self.lines(text).joined(separator: " ") }
        #expect(cover.contains(plain(l10n.capitalisingFirstLetter(l10n.dateRange(from: dates[0], to: dates[dates.count - 1])))))
        for block in booklet.schedule.blocks {
            #expect(cover.contains(plain(l10n.capitalisingFirstLetter(l10n.dateRange(from: block.from, to: block.to)))), "\(block.id)")
            #expect(cover.contains(plain(l10n.typeset(block.title))))
        }
        if id == "cluny-mas-2023-2024" {
            #expect(cover.contains("Du 2 novembre 2023 au 15 mars 2024 Enseignements Du 18 mars au 31 juillet 2024"))
        }
    }

    @Test(arguments: cases)
    func theTrainersIndexIsSortedByFamilyNameOrSortKey(id: String, paper: Paper) throws {
        let booklet = try Self.booklet(id, paper)
        let indexPage = try #require(booklet.pages(startingWith: booklet.l10n.text(.indexOfTrainers)).first)
        let text = Self.lines(booklet.pages[(indexPage - 1)...].joined(separator: "\n")).joined(separator: " ")
        // Only the trainers with sessions are in the index.
        let (listed, idle) = booklet.directory.programme.trainers.reduce(into: ([Trainer](), [Trainer]())) { groups, trainer in
            if booklet.directory.entries(of: .trainer(trainer.id)).isEmpty { groups.1.append(trainer) } else { groups.0.append(trainer) }
        }
        for trainer in idle {
            #expect(!text.contains(Self.lines(trainer.name).joined(separator: " ")), "\(trainer.id) has no sessions but is in the index")
        }
        let names = listed.map { Self.lines(booklet.directory.trainerWithOrganisation($0.id)).joined(separator: " ") }
        let positions = try names.map { name in try #require(text.range(of: name)?.lowerBound, "\(name) missing") }
        let order = names.indices.sorted { positions[$0] < positions[$1] }.map { listed[$0].id }
        let hasSessions = Set(listed.map(\.id))
        switch id {
        case "emancipasso-2023":
            #expect(order == ["jean-christophe-becquet", "yannick-blanc", "elsa-da-silva", "pascal-gascoin", "stephanie-lucien-brun",
                              "laurent-marseault", "anne-laure-michel", "gaelle-payet", "david-ratineau"])
        case "cluny-mas-2023-2024":
            // Every placeholder has a `sort_as` (its subject).
            #expect(order == ["cluny-food", "unibo-anthropocene", "unibo-design", "cluny-energy", "framasoft", "cluny-living",
                              "cec-collective", "cluny-mobility"])
        default:
            #expect(order == ["conseiller-1", "conseiller-2", "conseiller-3", "conseiller-4"].filter(hasSessions.contains))
        }
    }

    @Test(arguments: cases)
    func weekGridsHaveOneTypeSizeAndShortWeeksAreListed(id: String, paper: Paper) throws {
        let booklet = try Self.booklet(id, paper)
        let style = BookletStyle(paper: paper)
        let words = try booklet.pdf.words()
        // Pages of week grids, not of listed weeks (whose lines start with a weekday's full name).
        let weekdays = Weekday.allCases.map { booklet.l10n.name(of: $0) + " " }
        let gridPages = booklet.pages(startingWith: booklet.l10n.text(.weekOf)).filter { page in
            !Self.lines(booklet.pages[page - 1]).contains { line in weekdays.contains { line.hasPrefix($0) } }
        }
        for page in gridPages {
            let onPage = words.filter { $0.page == page }
            let headerBottom = onPage.filter { $0.text.contains("/") }.map(\.yMax).max() ?? 0
            let blockWords = onPage.filter { $0.yMin > headerBottom + 2 && $0.xMin > style.margin + style.gridTimeColumn }
                .filter { $0.yMax < style.bottom }
            // One size for the times (smaller) and one for the titles and speakers.
            let heights = Set(blockWords.map { ($0.yMax - $0.yMin) * 10 }.map { $0.rounded() })
            #expect(heights.count <= 2, "page \(page): block text in \(heights.count) sizes \(heights.sorted())")
            // A grid page holds more than the weeks that are listed.
            let times = Self.lines(booklet.pages[page - 1]).filter { $0.firstMatch(of: Self.timeRangeAtStart) != nil }
            #expect(times.count > BookletComposer.listedWeekLimit, "page \(page) is a grid of \(times.count) occurrences")
        }
        let pageCount = booklet.pages.count
        switch (id, paper) {
        case ("echirolles-ateliers-2023", .a5): #expect(pageCount <= 15, "\(pageCount) pages")
        case ("emancipasso-2023", _): #expect(gridPages.count == 1)
        default: break
        }
    }

    /// A word broken at the end of a line ends in the hyphen Pango draws at a soft hyphen (which
    /// pdftotext gives as U+00AD), and the part on the line is whole syllables of a title's word as
    /// the language's dictionary hyphenates it: never a break between any two letters.
    @Test(arguments: cases)
    func wordsBreakWithAHyphenOnlyAtTheirHyphenationPoints(id: String, paper: Paper) throws {
        let booklet = try Self.booklet(id, paper)
        let programme = booklet.directory.programme
        let languages = Set([programme.language] + programme.sessions.compactMap(\.language))
        let hyphenators = try languages.map { try #require(Hyphenator(language: $0), "no dictionary for \($0)") }
        // Every run of syllables that may end a line, of every title's words.
        var legal: Set<String> = []
        for entry in booklet.directory.entries {
            for hyphenator in hyphenators {
                for word in hyphenator.hyphenate(booklet.directory.title(of: entry)).split(whereSeparator: { !$0.isLetter && $0 != "\u{00AD}" }) {
                    let syllables = word.split(separator: "\u{00AD}").map(String.init)
                    for start in syllables.indices {
                        for end in start..<syllables.count - 1 { legal.insert(syllables[start...end].joined()) }
                    }
                }
            }
        }
        var breaks = 0
        for (index, page) in booklet.pages.enumerated() {
            for line in page.split(separator: "\n") where line.hasSuffix("\u{00AD}") {
                let fragment = String(line.dropLast().reversed().prefix(while: \.isLetter).reversed())
                breaks += 1
                #expect(legal.contains(fragment), "page \(index + 1): \(line) breaks a word at no hyphenation point")
            }
        }
        if programme.language == "fr" { #expect(breaks > 0, "no word broken with a hyphen") }
    }

    /// A week of one or two sessions never stands alone on a page: every page from the first
    /// week heading to the index holds more occurrences (listed or in a grid) than a short week.
    @Test(arguments: cases)
    func noPageOfTheWeeksHoldsOnlyAShortWeek(id: String, paper: Paper) throws {
        let booklet = try Self.booklet(id, paper)
        let l10n = booklet.l10n
        let first = try #require((booklet.pages(startingWith: l10n.text(.weekOf)) + booklet.pages(startingWith: l10n.text(.weeks))).min())
        let indexPage = try #require(booklet.pages(startingWith: l10n.text(.indexOfTrainers)).first)
        let weekdays = Weekday.allCases.map { l10n.name(of: $0) + " " }
        for page in first..<indexPage {
            let lines = Self.lines(booklet.pages[page - 1])
            let listed = lines.count { line in weekdays.contains { line.hasPrefix($0) } }
            let inGrid = lines.count { $0.firstMatch(of: Self.timeRangeAtStart) != nil }
            #expect(listed + inGrid > BookletComposer.listedWeekLimit, "page \(page) holds \(listed) listed and \(inGrid) grid occurrences")
        }
    }

    @Test func theTitleOfASessionInAnotherLanguageIsMarkedForPango() throws {
        let canvas = try PDFCanvas(width: 420, height: 595, language: "fr")
        let layout = canvas.layout(PangoMarkup.language("en", PangoMarkup.bold("Field study")) + " · Salle", font: Font(size: 9))
        #expect(layout.languages == ["en", "fr"])
        #expect(canvas.layout("Bilan", font: Font(size: 9)).languages == ["fr"])
    }

    @Test func inclusiveWritingAndElisionsMayBreakWithoutAHyphen() {
        let zeroWidth = "<span insert_hyphens=\"false\">·\u{200B}</span>"
        #expect(BookletComposer.withLineBreaksAfterMarks("Conseiller·ère") == "Conseiller" + zeroWidth + "ère")
        #expect(BookletComposer.withLineBreaksAfterMarks("l'accompagnant <b>")
            == "l<span insert_hyphens=\"false\">&#39;\u{200B}</span>accompagnant &lt;b&gt;")
        #expect(BookletComposer.withLineBreaksAfterMarks("un · deux") == "un · deux")
    }
}
