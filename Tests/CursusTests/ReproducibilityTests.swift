import CursusTestSupport
import Foundation
import Testing

/// With a seed, an iteration budget and SOURCE_DATE_EPOCH, two fresh output folders are byte for
/// byte the same: every feed (DTSTAMP), schedule.json (`published`) and the PDF (CreationDate, ModDate).
@Suite struct ReproducibilityTests {
    @Test func freshFoldersAreByteIdenticalWithSourceDateEpoch() throws {
        let arguments = ["solve", "curricula/emancipasso-2023.yaml", "--iterations", "20000", "--threads", "2", "--seed", "3"]
        let environment = ["SOURCE_DATE_EPOCH": "1700000000"]
        var folders: [URL] = []
        for _ in 0..<2 {
            let out = try CommandRunner.temporaryDirectory()
            let run = try CommandRunner.run(arguments + ["--out", out.path], environment: environment)
            #expect(run.status == 0, "\(run.standardError)")
            folders.append(out.appendingPathComponent("emancipasso-2023"))
        }
        // Every file, releases/<n>/ and its notices included.
        let names = try Self.files(in: folders[0])
        #expect(names.contains("emancipasso-2023.pdf") && names.contains("schedule.json") && names.contains("releases/1/release.json"))
        #expect(try Self.files(in: folders[1]) == names)
        for name in names {
            let first = try Data(contentsOf: folders[0].appendingPathComponent(name))
            #expect(try Data(contentsOf: folders[1].appendingPathComponent(name)) == first, "\(name) differs")
        }
        let pdf = try Data(contentsOf: folders[0].appendingPathComponent("emancipasso-2023.pdf"))
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/CreationDate (20231114221320Z)") && text.contains("/ModDate (20231114221320Z)"))
    }

    /// The paths of the regular files below `folder`, relative to it, sorted.
    static func files(in folder: URL) throws -> [String] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: folder.path)
        return paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }
}
