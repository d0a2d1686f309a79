import ArgumentParser
import Timetabling

/// Search options shared by `cursus solve` and `cursus bench`.
struct SearchOptions: ParsableArguments {
    @Option(name: .long, help: "Wall-clock budget per programme: 30s, 2m, 500ms or plain seconds. Default: 10s, or none with --iterations.")
    var time: DurationArgument?

    @Option(name: .long, help: "Move budget per search thread; with a seed it makes the result byte-for-byte reproducible.")
    var iterations: Int?

    @Option(name: .long, help: "Seed of the random search (same seed and iterations, same result).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Independent searches run in parallel; the best is kept. Default: every core.")
    var threads: Int?

    @Option(name: .long, help: "A JSON file of solver tuning keys (docs/solver-config.md); omitted keys keep their defaults.")
    var solverConfig: String?

    func validate() throws {
        if let iterations, iterations <= 0 { throw ValidationError("--iterations must be positive, found \(iterations).") }
        if let threads, threads <= 0 { throw ValidationError("--threads must be positive, found \(threads).") }
    }

    /// The solver's options: the given budget, or 10 s of wall time when none is given, and the
    /// tuning of `--solver-config`.
    /// - Throws: ``SolverConfigError`` when the configuration file cannot be read or is malformed.
    func solverOptions(stop: StopFlag) throws(SolverConfigError) -> SolverOptions {
        let limit: Duration? = time?.duration ?? (iterations == nil ? .seconds(10) : nil)
        return SolverOptions(
            seed: seed, iterations: iterations, timeLimit: limit,
            threads: threads ?? SolverOptions.availableCores, stop: stop,
            tuning: try solverConfig.map(SolverConfigFile.read) ?? SolverOptions.Tuning())
    }
}
