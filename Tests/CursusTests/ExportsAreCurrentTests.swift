import CursusTestSupport
import Foundation
import Testing

/// The committed `exports/` are what `make schedule` writes: re-running it on unchanged curricula
/// rewrites identical bytes.
@Suite struct ExportsAreCurrentTests {
    /// The arguments of `make schedule`, read from the Makefile's `SCHEDULE_ARGS :=` line.
    static func scheduleArguments() throws -> [String] {
        let makefile = try String(contentsOf: PackageRoot.url.appendingPathComponent("Makefile"), encoding: .utf8)
        let line = try #require(makefile.split(separator: "\n").first { $0.hasPrefix("SCHEDULE_ARGS :=") })
        return line.dropFirst("SCHEDULE_ARGS :=".count).split(separator: " ").map(String.init)
    }

    @Test func committedExportsEqualAFreshRun() throws {
        let manager = FileManager.default
        let committed = PackageRoot.url.appendingPathComponent("exports")
        let scratch = try CommandRunner.temporaryDirectory().appendingPathComponent("exports")
        try manager.copyItem(at: committed, to: scratch)
        let curricula = try manager.contentsOfDirectory(atPath: PackageRoot.url.appendingPathComponent("curricula").path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "curricula/" + $0 }
        #expect(curricula.count == 3)
        let run = try CommandRunner.run(["solve"] + curricula + Self.scheduleArguments() + ["--out", scratch.path])
        #expect(run.status == 0, "\(run.standardError)")
        for programme in try manager.contentsOfDirectory(atPath: committed.path).sorted() where !programme.hasPrefix(".") {
            let files = try manager.contentsOfDirectory(atPath: committed.appendingPathComponent(programme).path).sorted()
            let fresh = try manager.contentsOfDirectory(atPath: scratch.appendingPathComponent(programme).path).sorted()
            #expect(files == fresh, "\(programme): file lists differ")
            for file in files {
                let a = try Data(contentsOf: committed.appendingPathComponent(programme).appendingPathComponent(file))
                let b = try Data(contentsOf: scratch.appendingPathComponent(programme).appendingPathComponent(file))
                #expect(a == b, "exports/\(programme)/\(file) differs from a fresh `make schedule`")
            }
        }
    }
}
