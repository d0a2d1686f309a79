import ArgumentParser
import Curriculum
import Foundation
import Timetabling

/// `cursus solve FILE…`: find a timetable for each programme and write its exports.
struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Find a timetable for each curriculum and write its exports.",
        discussion: """
            For each file, writes OUT/<programme>/: schedule.json (the published state that later exports \
            compare with), schedule.csv, the iCalendar feeds (<programme>.ics and one per trainer, room and cohort), \
            the HTML timetables (index.html and week grids) and the PDF booklet <programme>.pdf. The folder is replaced only when everything is written, in one atomic \
            exchange, so a failed, interrupted or killed run leaves the previous exports untouched. Ctrl-C stops the search and keeps the best \
            schedule found. Exit status: 0 when every hard rule holds, 2 on bad input, 3 when a programme has no \
            schedule that satisfies its hard rules, 1 when the exports cannot be written (the message says why).
            """
    )

    @Argument(help: "Curriculum files (YAML).")
    var files: [String]

    @OptionGroup var output: OutputOptions

    @OptionGroup var search: SearchOptions

    @Flag(name: .long, help: "Print every soft penalty with its rule and the sessions, trainers or cohorts involved.")
    var explainScore = false

    func run() throws {
        let stop = StopFlag()
        let interrupt = InterruptHandler(stop: stop)
        defer { interrupt.cancel() }
        var worst: Int32 = 0
        for file in files {
            let status = try solve(file: file, stop: stop)
            worst = max(worst, status)
        }
        if worst != 0 { throw ExitCode(worst) }
    }

    /// Solves one file; returns its exit status.
    private func solve(file: String, stop: StopFlag) throws -> Int32 {
        guard let programme = ProgrammeReader.read(file) else { return 2 }
        let problem: Problem
        do {
            problem = try ProblemCompiler.compile(programme)
        } catch {
            if !error.unreadable.isEmpty {
                for input in error.unreadable { Terminal.printError("\(input.location): error: \(input.message)") }
                return 2
            }
            Terminal.printError("\(file): error: no schedule can satisfy the hard rules of '\(programme.id)':")
            Terminal.printError(Explainer.explain(programme).text)
            return 3
        }
        let progress = ProgressReporter(label: programme.id)
        var options = search.solverOptions(stop: stop)
        if progress.isLive { options.progress = { progress.report($0) } }
        let result = Solver(problem: problem, options: options).solve()
        progress.finish()

        var exports = ExportDirectory(root: output.out, programme: programme.id)
        let previous = exports.previous("schedule.json").flatMap { try? ScheduleFiles.read($0) }
        let decoded = ScheduleDecoder.decode(result, problem: problem, programme: programme, published: "", seed: search.seed)
        let publisher = output.publisher
        let schedule = try publisher.revise(decoded, previous: previous)

        print(Self.summary(programme: programme, schedule: schedule, result: result))
        if explainScore {
            for penalty in schedule.cost.penalties { print("  \(penalty.hard ? "hard" : "soft") +\(penalty.cost) \(penalty.rule): \(penalty.message)") }
        }
        if schedule.cost.hard > 0 {
            Terminal.printError("\(file): error: the best schedule found still breaks \(schedule.cost.hard) hard rule(s):")
            for penalty in schedule.cost.penalties where penalty.hard {
                Terminal.printError("  \(penalty.source.map { "\($0): " } ?? "")\(penalty.message)")
            }
            let explanation = Explainer.explain(programme)
            if explanation.outcome != .feasible { Terminal.printError(explanation.text) }
            return 3
        }
        try publisher.publish(schedule, programme: programme, previous: previous, into: &exports)
        do { try exports.commit() } catch {
            Terminal.printError(error.description)
            return 1
        }
        return 0
    }

    static func summary(programme: Programme, schedule: Schedule, result: SolveResult) -> String {
        let seconds = Double(result.elapsed.components.seconds) + Double(result.elapsed.components.attoseconds) / 1e18
        let feasible = result.timeToFeasible.map { "\($0.formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow)))" } ?? "never"
        return "\(programme.id): \(schedule.entries.count) occurrences placed, hard \(schedule.cost.hard), soft \(schedule.cost.soft)"
            + " (first feasible after \(feasible), \(String(format: "%.2f", seconds)) s, \(Int(result.movesPerSecond)) moves/s)"
    }
}
