import ArgumentParser
import Benchmarks
import Curriculum
import Foundation
import Timetabling

/// `cursus bench`: solve a curriculum or a generated programme and print one row of figures.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the solver on a curriculum or on a generated programme.",
        discussion: """
            Prints one Markdown table row: programme, occurrences, time to compile, time to the first schedule \
            without hard violation, final hard and soft cost, moves per second and the process's peak memory. \
            `make bench` runs it once per bundled curriculum and per generated size, each in its own process so \
            that the peak memory is that run's.
            """
    )

    @Argument(help: "A curriculum file; omit it with --generate or --planted.")
    var file: String?

    @Option(name: .long, help: "Generate a programme of this many session occurrences instead of reading a file.")
    var generate: Int?

    @Option(name: .long, help: "Solve the first N planted programmes (feasible by construction, all shapes, sizes 15 to 3000) until their first schedule without hard violation, and print one row each.")
    var planted: Int?

    @Option(name: .long, help: "With --planted: also write each planted programme as a curriculum file (<id>.yaml) into this folder.")
    var writePlanted: String?

    @OptionGroup var search: SearchOptions

    @Flag(name: .long, help: "Print the table header first.")
    var header = false

    func validate() throws {
        if [file != nil, generate != nil, planted != nil].filter({ $0 }).count != 1 {
            throw ValidationError("Give either a curriculum file, --generate N or --planted N.")
        }
        if let generate, generate <= 0 { throw ValidationError("--generate must be positive, found \(generate).") }
        if let planted, planted <= 0 { throw ValidationError("--planted must be positive, found \(planted).") }
        if writePlanted != nil, planted == nil { throw ValidationError("--write-planted needs --planted N.") }
    }

    func run() throws {
        if let planted {
            try runPlanted(count: planted)
            return
        }
        if header {
            print("| programme | occurrences | compile | first feasible | hard | soft | moves/s | peak memory |")
            print("|---|---:|---:|---:|---:|---:|---:|---:|")
        }
        let programme: Programme
        if let generate {
            programme = Self.generated(occurrences: generate, seed: search.seed)
        } else {
            guard let read = ProgrammeReader.read(file!) else { throw ExitStatus.badInput.exitCode }
            programme = read
        }
        let clock = ContinuousClock()
        let compileStart = clock.now
        let problem: Problem
        do { problem = try ProblemCompiler.compile(programme) } catch {
            Terminal.printError(error.description)
            throw ExitStatus.infeasible.exitCode
        }
        let compileTime = clock.now - compileStart
        let options: SolverOptions
        do {
            options = try search.solverOptions(stop: StopFlag())
        } catch {
            Terminal.printError(error.message)
            throw ExitStatus.badInput.exitCode
        }
        let result = Solver(problem: problem, options: options).solve()
        if let corruption = result.corruption {
            Terminal.printError("internal error: \(corruption.message)")
            throw ExitStatus.internalError.exitCode
        }
        let occurrences = programme.sessions.reduce(0) { $0 + $1.occurrences }
        let feasible = result.timeToFeasible.map(Self.seconds) ?? "never"
        print("| \(programme.id) | \(occurrences) | \(Self.seconds(compileTime)) | \(feasible) | \(result.hard) | \(result.soft) | \(Int(result.movesPerSecond)) | \(Self.peakMemory()) |")
    }

    /// A generated programme whose resources grow with its size (about 25 occurrences per cohort).
    static func generated(occurrences: Int, seed: UInt64) -> Programme {
        let cohorts = max(2, occurrences / 25)
        var generator = ProgrammeGenerator(
            occurrences: occurrences, trainers: max(4, occurrences / 15), rooms: max(3, cohorts / 2 + 1), cohorts: cohorts,
            precedences: occurrences / 10, seed: seed)
        generator.seed = seed
        var programme = generator.generate()
        programme.id = "generated-\(occurrences)"
        return programme
    }

    static func seconds(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.3f s", value)
    }

    /// Peak resident memory of this process.
    static func peakMemory() -> String {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return String(format: "%.1f MB", Double(usage.ru_maxrss) / 1024)
    }
}
