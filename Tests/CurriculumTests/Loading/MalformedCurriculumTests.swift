import Curriculum
import CursusTestSupport
import Foundation
import Testing

/// Each file of `Malformed/` must produce exactly the diagnostics in the `.expected` file beside it.
/// Re-record with `RECORD_SNAPSHOTS=1 swift test --filter MalformedCurriculumTests`.
@Suite struct MalformedCurriculumTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Malformed").standardizedFileURL

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }()

    @Test func corpusIsLargeAndComplete() throws {
        #expect(Self.names.count >= 35)
        let expected = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".expected") }
        #expect(expected.map { String($0.dropLast(9)) }.sorted() == Self.names, "one .expected per .yaml")
    }

    @Test(arguments: names) func diagnostics(of name: String) throws {
        let text = try String(contentsOf: Self.folder.appendingPathComponent("\(name).yaml"), encoding: .utf8)
        let actual: String
        do {
            _ = try CurriculumLoader().load(text: text, file: "Malformed/\(name).yaml")
            Issue.record("\(name).yaml loaded without problems")
            return
        } catch {
            actual = error.description + "\n"
            #expect(error.diagnostics == error.diagnostics.sorted(), "diagnostics are sorted by position")
        }
        try Snapshot.expect(actual, matches: Self.folder.appendingPathComponent("\(name).expected"))
    }
}
