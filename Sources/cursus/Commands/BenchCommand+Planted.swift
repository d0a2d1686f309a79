import ArgumentParser
import Benchmarks
import Curriculum
import Foundation
import Timetabling

extension BenchCommand {
    /// Solves the first `count` programmes of ``PlantedSuite`` until their first schedule without
    /// hard violation (within the search budget, 10 s by default), one table row each, then the
    /// median and worst time to that schedule. Exits 1 when one of them ends with a hard violation.
    func runPlanted(count: Int) throws {
        print("| # | shape | occurrences | slack | first feasible | hard | soft at first feasible |")
        print("|---:|---|---:|---|---:|---:|---:|")
        var times: [Duration] = []
        var failures: [String] = []
        for (i, generator) in PlantedSuite.generators(count: count).enumerated() {
            let planted = generator.generate()
            if let folder = writePlanted {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                try planted.yaml.write(toFile: "\(folder)/\(planted.programme.id).yaml", atomically: true, encoding: .utf8)
            }
            let problem: Problem
            do { problem = try ProblemCompiler.compile(planted.programme) } catch {
                Terminal.printError("\(planted.programme.id): \(error.description)")
                throw ExitCode(1)
            }
            var options = try search.solverOptions(stop: StopFlag())
            options.targetSoft = .max
            let result = Solver(problem: problem, options: options).solve()
            let feasible = result.hard == 0 ? result.timeToFeasible : nil
            if let feasible { times.append(feasible) } else { failures.append(planted.programme.id) }
            print("| \(i + 1) | \(generator.shape.rawValue) | \(planted.occurrences) | \(generator.slack.rawValue) | \(feasible.map(Self.seconds) ?? "never") | \(result.hard) | \(result.hard == 0 ? String(result.soft) : "–") |")
        }
        times.sort()
        print()
        print("\(times.count) of \(count) planted programmes reached hard 0.")
        if !times.isEmpty {
            print("Time to first feasible: median \(Self.seconds(times[(times.count - 1) / 2])), worst \(Self.seconds(times.last!)).")
        }
        if !failures.isEmpty {
            print("No schedule without hard violation: \(failures.joined(separator: ", ")).")
            throw ExitCode(1)
        }
    }
}
