import CursusTestSupport
import Foundation
import Testing

/// `solve` writes `OUT/<programme>/` by an atomic exchange with a staging folder (ExportDirectory):
/// what stands in the way is an error in plain words, and staging folders of dead runs are removed.
@Suite struct ExportDirectoryTests {
    let curriculum = "curricula/emancipasso-2023.yaml"
    let budget = ["--iterations", "2000", "--threads", "1", "--seed", "1"]

    /// The pid of a process that has just ended (so no process has it, for a while).
    func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func aRegularFileWhereTheFolderGoesIsAnError() throws {
        let out = try CommandRunner.temporaryDirectory()
        let file = out.appendingPathComponent("emancipasso-2023")
        try "not a folder".write(to: file, atomically: true, encoding: .utf8)
        let run = try CommandRunner.run(["solve", curriculum, "--out", out.path] + budget)
        #expect(run.status == 1)
        #expect(run.standardError.hasSuffix("""
            error: cannot write \(file.path)/: a regular file is in the way (the exports of a programme go in a folder)
            Maybe move it away, or choose another folder with --out.

            """))
        #expect(try String(contentsOf: file, encoding: .utf8) == "not a folder")
    }

    @Test func writeErrorsAreInPlainWords() throws {
        let out = try CommandRunner.temporaryDirectory()
        let file = out.appendingPathComponent("plain-file")
        try "x".write(to: file, atomically: true, encoding: .utf8)
        let run = try CommandRunner.run(["solve", curriculum, "--out", file.appendingPathComponent("exports").path] + budget)
        #expect(run.status == 1)
        #expect(run.standardError.hasSuffix("error: cannot write \(file.path)/: it is a regular file, not a folder\n"))
        #expect(!run.standardError.contains("NSCocoaErrorDomain"))
    }

    @Test func staleStagingFoldersOfDeadRunsAreRemoved() throws {
        let out = try CommandRunner.temporaryDirectory()
        let dead = try deadPID()
        let live = getpid()
        let names = [
            ".emancipasso-2023.partial-\(dead)", ".emancipasso-2023.previous-\(dead)", ".other.partial-\(dead)",
            ".emancipasso-2023.partial-\(live)", ".notes", "keep.partial-\(dead)",
        ]
        for name in names {
            try FileManager.default.createDirectory(at: out.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        #expect(try CommandRunner.run(["solve", curriculum, "--out", out.path] + budget).status == 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(left == [".emancipasso-2023.partial-\(live)", ".notes", "emancipasso-2023", "keep.partial-\(dead)"])
        let second = try CommandRunner.run(["solve", curriculum, "--out", out.path] + budget)
        #expect(second.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == left)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("emancipasso-2023/schedule.json").path))
    }
}
