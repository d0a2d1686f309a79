import Curriculum
import CursusTestSupport
import Foundation
import FoundationXML
import Presentation
import Testing
@testable import Timetable

/// The HTML timetables of the bundled curricula (with their committed `schedule.json`): days
/// without teaching and long periods named, time zones, captions, languages, feed names, print sizes.
@Suite struct BundledTimetablesTests {
    static let root = PackageRoot.url

    static func pages(_ id: String, feeds: [String] = []) throws -> [String: XMLDocument] {
        let programme = try CurriculumLoader().load(path: root.appendingPathComponent("curricula/\(id).yaml").path)
        let data = try Data(contentsOf: root.appendingPathComponent("exports/\(id)/schedule.json"))
        let schedule = try JSONDecoder().decode(Schedule.self, from: data)
        var documents: [String: XMLDocument] = [:]
        for page in TimetableWriter.pages(schedule: schedule, programme: programme, feeds: feeds) {
            documents[page.fileName] = try XMLDocument(data: Data(page.html.utf8), options: [])
        }
        return documents
    }

    private func texts(_ document: XMLNode, _ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).map { $0.stringValue ?? "" }
    }

    @Test func cohortAndGridPagesNameTheHolidaysTheTravelDayTheBreakAndTheImmersion() throws {
        let pages = try Self.pages("cluny-mas-2023-2024")
        let cohort = try #require(pages["cohort-promo-2023-2024.html"])
        // 1 November (Ognissanti) in Ravenna and 1 December (the move to Cluny): marked columns.
        #expect(try texts(cohort, "//th[@data-date='2023-11-01']/span[@class='closure']") == ["Ognissanti"])
        #expect(try texts(cohort, "//th[@data-date='2023-12-01']/span[@class='closure']")
            == ["Voyage\u{202F}: Università di Bologna, Campus di Ravenna → Campus Arts et Métiers de Cluny (ancienne abbaye)"])
        #expect(try texts(cohort, "//td[@class='closed']").count == 2)
        // The winter break between the weeks of 18 December and 8 January; the immersion after the last week.
        let periods = try cohort.nodes(forXPath: "//main/*").compactMap { node -> String? in
            guard let element = node as? XMLElement else { return nil }
            return element.name == "section" ? try texts(element, "h2").first : element.stringValue
        }
        let breakIndex = try #require(periods.firstIndex { $0.hasPrefix("Vacances d'hiver\u{202F}: du 23\u{00A0}décembre\u{00A0}2023 au 7\u{00A0}janvier\u{00A0}2024") })
        #expect(periods[breakIndex - 1].contains("18\u{00A0}décembre\u{00A0}2023"))
        #expect(periods[breakIndex + 1].contains("8\u{00A0}janvier\u{00A0}2024"))
        #expect(periods.last?.hasPrefix("Projet d'innovation territoriale en immersion professionnelle\u{202F}: du 18\u{00A0}mars au 31\u{00A0}juillet\u{00A0}2024") == true)
        // A trainer teaching in Ravenna sees the holiday too, a room page its venue's.
        #expect(try texts(try #require(pages["room-ravenna-aula.html"]), "//span[@class='closure']") == ["Ognissanti"])
        #expect(try texts(try #require(pages["room-cluny-abbaye.html"]), "//span[@class='closure']").isEmpty)
    }

    @Test func timesCarryTheirZoneWhenTheVenuesAreInSeveral() throws {
        let cluny = try Self.pages("cluny-mas-2023-2024")
        let cohort = try #require(cluny["cohort-promo-2023-2024.html"])
        let zones = try texts(cohort, "//td[@class='session']//p[@class='when']/span[@class='zone']")
        #expect(zones.count == (try cohort.nodes(forXPath: "//td[@class='session']")).count)
        #expect(Set(zones) == ["Europe/Rome", "Europe/Paris"])
        #expect(try texts(try #require(cluny["index.html"]), "//header/p").contains { $0.hasSuffix("(Europe/Rome)") })
        let emancipasso = try Self.pages("emancipasso-2023")
        for (name, page) in emancipasso {
            #expect(try page.nodes(forXPath: "//*[@class='zone']").isEmpty, "\(name) shows a zone for a one-zone programme")
        }
    }

    @Test func everyTableHasACaptionAndTitlesInAnotherLanguageTheirLang() throws {
        let pages = try Self.pages("cluny-mas-2023-2024")
        for (name, page) in pages {
            for table in try page.nodes(forXPath: "//table") {
                #expect(try !texts(table, "caption").joined().isEmpty, "\(name): a table without caption")
            }
        }
        let index = try #require(pages["index.html"])
        let english = try texts(index, "//span[@class='title'][@lang='en']")
        #expect(english.contains("Citizenship from local to global in the Anthropocene: lectures"))
        #expect(try texts(index, "//span[@class='title'][not(@lang)]").contains("Se connecter sans exclure\u{202F}: enjeux du numérique"))
        let cohort = try #require(pages["cohort-promo-2023-2024.html"])
        #expect(try !texts(cohort, "//p[@class='title'][@lang='en']").isEmpty)
    }

    /// A trainer without sessions (in Échirolles, an adviser given no workshop) keeps the index's
    /// link to their page and feed (a subscription stays valid), marked as having no sessions.
    @Test func aTrainerWithoutSessionsIsMarkedInTheIndex() throws {
        let id = "echirolles-ateliers-2023"
        let programme = try CurriculumLoader().load(path: Self.root.appendingPathComponent("curricula/\(id).yaml").path)
        let schedule = try JSONDecoder().decode(
            Schedule.self, from: Data(contentsOf: Self.root.appendingPathComponent("exports/\(id)/schedule.json"))
        )
        let idle = programme.trainers.filter { trainer in !schedule.entries.contains { $0.trainers.contains(trainer.id) } }
        #expect(!idle.isEmpty, "the committed schedule gives every adviser a workshop: nothing to check")
        let index = try #require(try Self.pages(id)["index.html"])
        let marked = try texts(index, "//nav[@class='views']/ul/li[span[@class='meta']='— Aucune séance.']/a")
        let directory = ProgrammeDirectory(schedule: schedule, programme: programme)
        // Rooms without sessions are marked the same way.
        let idleRooms = programme.rooms.filter { room in !schedule.entries.contains { $0.room == room.id } }
        #expect(Set(marked) == Set(idle.map { directory.trainerWithOrganisation($0.id) } + idleRooms.map { directory.name(of: .room($0.id)) }))
        let links = try texts(index, "//nav[@class='views']/ul/li/a/@href")
        for trainer in idle { #expect(links.contains("trainer-\(trainer.id).html")) }
    }

    @Test func feedsAreListedByTheirHumanName() throws {
        let feeds = ["cluny-mas-2023-2024.ics", "venue-ravenna.ics", "venue-cluny.ics", "trainer-framasoft.ics"]
        let index = try #require(try Self.pages("cluny-mas-2023-2024", feeds: feeds)["index.html"])
        let labels = try texts(index, "//ul[@class='feeds']/li/a[1]")
        #expect(labels == [
            "Master of Advanced Studies «\u{202F}Innovation territoriale\u{202F}»", "Università di Bologna, Campus di Ravenna",
            "Campus Arts et Métiers de Cluny (ancienne abbaye)", "Framasoft (intervenant·es du module)",
        ])
    }

    /// Every font size in rem that applies when printing (the print rules override the screen
    /// ones of the same selector), times the print root size, is at least 8 pt.
    @Test func printTextIsAtLeastEightPoints() throws {
        let css = Stylesheet.css
        let printStart = try #require(css.range(of: "@media print {"))
        let rule = #/([^{}]+)\{([^{}]*)\}/#
        func sizes(_ text: Substring) -> [(String, Double)] {
            text.matches(of: rule).flatMap { match -> [(String, Double)] in
                guard let size = match.output.2.firstMatch(of: #/font-size:\s*([0-9.]+)(rem|pt)/#) else { return [] }
                return match.output.1.split(separator: ",").map { ($0.trimmingCharacters(in: .whitespacesAndNewlines), Double(size.output.1)!) }
            }
        }
        let screen = sizes(css[..<printStart.lowerBound])
        let print = sizes(css[printStart.upperBound...])
        let root = try #require(print.first { $0.0 == "html" }?.1)
        #expect(root >= 8)
        let hidden = ["button", "back", "views", "feeds", "visually-hidden"]
        for (selector, size) in screen + print where selector != "html" && !hidden.contains(where: { selector.contains($0) }) {
            let effective = print.last { $0.0 == selector }?.1 ?? size
            #expect(effective * root >= 8, "\(selector): \(effective * root) pt in print")
        }
    }
}
