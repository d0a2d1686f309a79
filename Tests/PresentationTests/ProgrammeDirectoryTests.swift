import Curriculum
import CursusTestSupport
import Foundation
import Presentation
import Testing

@Suite struct ProgrammeDirectoryTests {
    static let root = PackageRoot.url

    /// Cluny is a French programme whose Ravenna sessions are taught in English: each title is
    /// typeset in its own session's language.
    @Test func bilingualClunyShowsEachSessionInItsOwnLanguage() throws {
        let programme = try CurriculumLoader().load(path: Self.root.appendingPathComponent("curricula/cluny-mas-2023-2024.yaml").path)
        let schedule = try JSONDecoder().decode(
            Schedule.self, from: Data(contentsOf: Self.root.appendingPathComponent("exports/cluny-mas-2023-2024/schedule.json"))
        )
        let directory = ProgrammeDirectory(schedule: schedule, programme: programme)
        let english = Set(programme.sessions.filter { $0.language == "en" }.map(\.id))
        #expect(!english.isEmpty)
        let lectures = try #require(directory.entries.first { $0.session == "anthropocene-theory" })
        #expect(directory.title(of: lectures) == "Citizenship from local to global in the Anthropocene: lectures")
        #expect(directory.localization(of: lectures).language == "en")
        #expect(directory.localization(of: lectures).text(.rooms) == "Rooms")
        let meeting = try #require(directory.entries.first { $0.session == "mobility-actors" })
        #expect(directory.title(of: meeting) == "Rencontre\u{202F}: autorités organisatrices et associations d'usagers")
        #expect(directory.localization(of: meeting).language == "fr")
        for entry in directory.entries {
            #expect(directory.localization(of: entry).language == (english.contains(entry.session) ? "en" : "fr"), "\(entry.key)")
        }
    }
}
