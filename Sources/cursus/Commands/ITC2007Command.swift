import ArgumentParser
import Benchmarks
import Curriculum
import Foundation
import Timetabling

/// `cursus itc2007 INSTANCE.ctt`: solves an ITC-2007 curriculum-based course timetabling instance
/// by the engine's own path (programme, compile, solve, decode) and reports the official cost,
/// recomputed from the instance and the solution only.
struct ITC2007Command: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "itc2007",
        abstract: "Solve an ITC-2007 curriculum-based course timetabling instance and report its official cost.",
        discussion: """
            The instance (.ctt, ITC-2007 track 3) is mapped onto a programme and solved like any curriculum. \
            The cost printed is the competition's (formulation UD2), recomputed on the solution. \
            --solver-config FILE sets tuning constants of the search (docs/solver-config.md). \
            Exit codes: 0 solved (hard violations left, if any, are printed), 1 internal error, 2 malformed \
            instance or solver configuration, 3 an occurrence has no possible period or room.
            """
    )

    @Argument(help: "The instance, in the .ctt format of ITC-2007 track 3.")
    var instance: String

    @Option(help: "Search time limit in seconds (default: 60, or none with --iterations).")
    var time: Double?

    @Option(help: "Moves per independent search; without --time, the result is reproducible.")
    var iterations: Int?

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Independent searches run in parallel (default: one per core).")
    var threads: Int?

    @Option(help: "Write the solution to this file (.sol: one 'course room day period' line per lecture).")
    var solution: String?

    @Option(name: .long, help: "A JSON file of solver tuning keys (docs/solver-config.md); omitted keys keep their defaults.")
    var solverConfig: String?

    func validate() throws {
        if let time, !(time > 0) { throw ValidationError("--time must be a positive number of seconds, not \(time).") }
        if let iterations, iterations <= 0 { throw ValidationError("--iterations must be positive, not \(iterations).") }
        if let threads, threads <= 0 { throw ValidationError("--threads must be positive, not \(threads).") }
    }

    func run() throws {
        let tuning: SolverOptions.Tuning
        do {
            tuning = try solverConfig.map(SolverConfigFile.read) ?? SolverOptions.Tuning()
        } catch {
            Self.printError(error.message)
            throw ExitStatus.badInput.exitCode
        }
        let parsed: CTTInstance
        do {
            parsed = try CTTInstance(contentsOf: instance)
        } catch {
            Self.printError(error.description)
            throw ExitStatus.badInput.exitCode
        }
        print(
            "\(parsed.name): \(parsed.courses.count) courses, \(parsed.lectures) lectures, \(parsed.rooms.count) rooms, "
                + "\(parsed.curricula.count) curricula, \(parsed.days) days × \(parsed.periodsPerDay) periods"
        )
        if parsed.rooms.isEmpty, parsed.lectures > 0 {
            Self.printError("\(instance): error: the instance declares no room ('Rooms: 0'), so none of its \(parsed.lectures) lectures can be placed")
            throw ExitCode(3)
        }
        let mapping = CTTProgrammeMapping(instance: parsed)
        let programme = mapping.programme
        let problem: Problem
        do {
            problem = try ProblemCompiler.compile(programme)
        } catch {
            Self.printError(error.description)
            throw ExitStatus.infeasible.exitCode
        }
        let result = Solver(problem: problem, options: options(tuning: tuning)).solve()
        if isatty(STDERR_FILENO) == 1 { Self.printError("") }
        if let corruption = result.corruption {
            Self.printError("internal error: \(corruption.message)")
            throw ExitStatus.internalError.exitCode
        }
        let schedule = ScheduleDecoder.decode(
            result, problem: problem, programme: programme, published: "2007-01-01T00:00:00Z", seed: seed
        )
        let lectures = try mapping.solution(from: schedule)
        let cost = OfficialCost(instance: parsed, solution: lectures)
        print(
            "hard \(cost.hard): lectures \(cost.lectures), conflicts \(cost.conflicts), availability \(cost.availability), "
                + "room occupancy \(cost.roomOccupancy)"
        )
        print(
            "soft \(cost.soft): room capacity \(cost.roomCapacity), min working days \(cost.minWorkingDays), "
                + "curriculum compactness \(cost.curriculumCompactness), room stability \(cost.roomStability)"
        )
        let feasible = result.timeToFeasible.map { "first feasible after \(Self.seconds($0)) s" } ?? "first feasible: never"
        print(
            "\(feasible); \(Int(result.movesPerSecond.rounded())) moves/s; \(result.iterations) moves in "
                + "\(Self.seconds(result.elapsed)) s; solver's own cost: hard \(result.hard), soft \(result.soft)"
        )
        if let path = solution {
            do {
                try lectures.solText.write(toFile: path, atomically: true, encoding: .utf8)
            } catch {
                Self.printError("error: cannot write \(path): \(Self.reason(error))")
                throw ExitCode(1)
            }
        }
    }

    private func options(tuning: SolverOptions.Tuning) -> SolverOptions {
        let limit = time ?? (iterations == nil ? 60 : nil)
        return SolverOptions(
            seed: seed, iterations: iterations, timeLimit: limit.map { .milliseconds(Int(($0 * 1000).rounded())) },
            targetSoft: 0, threads: threads ?? SolverOptions.availableCores, progress: Self.progressLine(), tuning: tuning
        )
    }

    /// A progress line rewritten on standard error about twice a second, when it is a terminal.
    private static func progressLine() -> (@Sendable (SolverProgress) -> Void)? {
        guard isatty(STDERR_FILENO) == 1 else { return nil }
        return { progress in
            guard progress.thread == 0 else { return }
            printError(
                "\r\(seconds(progress.elapsed)) s: best hard \(progress.bestHard) soft \(progress.bestSoft), "
                    + "temperature \(String(format: "%.3f", progress.temperature))   ",
                terminator: ""
            )
        }
    }

    private static func printError(_ text: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((text + terminator).utf8))
    }

    /// The system's reason for a failed write, in plain words ("permission denied").
    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        guard let code = underlying.map({ Int32($0.code) }), underlying?.domain == NSPOSIXErrorDomain else { return "the system refused" }
        return SystemErrorText.words(code)
    }

    private static func seconds(_ duration: Duration) -> String {
        let (whole, attoseconds) = duration.components
        return String(format: "%.2f", Double(whole) + Double(attoseconds) / 1e18)
    }
}
