import CursusTestSupport
import Foundation
import Testing

/// `--solver-config FILE` on `solve`, `bench` and `itc2007`.
@Suite struct SolverConfigTests {
    let comp01 = "Tests/Fixtures/itc2007/comp01.ctt"
    let budget = ["--iterations", "20000", "--threads", "1", "--seed", "4"]

    func config(_ text: String) throws -> URL {
        let file = try CommandRunner.temporaryDirectory().appendingPathComponent("solver.json")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func aConfigOfTheDefaultsSolvesExactlyAsNoConfig() throws {
        let defaults = try config("{\"kempeRate\": 0.1, \"swapRate\": 0.25, \"ejectionPatience\": 200000}")
        let plain = try CommandRunner.run(["itc2007", comp01] + budget)
        let configured = try CommandRunner.run(["itc2007", comp01, "--solver-config", defaults.path] + budget)
        #expect(plain.status == 0 && configured.status == 0, "\(configured.standardError)")
        let cost = { (output: String) in output.split(separator: "\n").prefix(3) }
        #expect(cost(configured.standardOutput) == cost(plain.standardOutput))
    }

    @Test func anUnknownKeyIsBadInputOnEveryCommand() throws {
        let bad = try config("{\n  \"kempeRat\": 0.2\n}\n")
        let message = "\(bad.path):2:3: error: unknown solver configuration key 'kempeRat'; did you mean 'kempeRate'?\n"
        for arguments in [
            ["itc2007", comp01, "--solver-config", bad.path] + budget,
            ["solve", "curricula/echirolles-ateliers-2023.yaml", "--out", try CommandRunner.temporaryDirectory().path, "--solver-config", bad.path] + budget,
            ["bench", "curricula/echirolles-ateliers-2023.yaml", "--solver-config", bad.path] + budget,
        ] {
            let run = try CommandRunner.run(arguments)
            #expect(run.status == 2, "\(arguments[0])")
            #expect(run.standardError.hasSuffix(message), "\(arguments[0]): \(run.standardError)")
        }
    }

    @Test func aMissingConfigFileIsBadInput() throws {
        let missing = try CommandRunner.temporaryDirectory().appendingPathComponent("none.json").path
        let run = try CommandRunner.run(["itc2007", comp01, "--solver-config", missing] + budget)
        #expect(run.status == 2)
        #expect(run.standardError == "\(missing): error: cannot read the solver configuration: no such file\n")
    }
}
