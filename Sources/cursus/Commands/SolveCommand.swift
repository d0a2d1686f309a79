import ArgumentParser
import Curriculum
import Foundation
import Releases
import Timetable
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
            schedule that satisfies its hard rules, 1 when the exports cannot be written (the message says why). \
            --solver-config FILE sets tuning constants of the search (docs/solver-config.md).

            Against a published OUT/<programme>/schedule.json, the solver minimises changes: each occurrence at \
            another date or time costs \(Replanning.defaultStabilityWeight), and again in another room, unless the curriculum \
            states its own `stability` preference. With --freeze-until DATE (or `now`), published occurrences that start \
            before DATE (midnight, the venue's time) are fixed: never moved, never cancelled. Each change is printed \
            (moved from → to, room, trainers) with a one-line summary; a publication that changes something is a new \
            release in OUT/<programme>/releases/<n>/ with its changes and a notice per person concerned.
            """
    )

    @Argument(help: "Curriculum files (YAML).")
    var files: [String]

    @OptionGroup var output: OutputOptions

    @OptionGroup var search: SearchOptions

    @Option(name: .long, help: "Fix the published occurrences that start before this date (YYYY-MM-DD) or `now`.")
    var freezeUntil: FreezeArgument?

    @Flag(name: .long, help: "Print every soft penalty with its rule and the sessions, trainers or cohorts involved.")
    var explainScore = false

    func run() throws {
        let stop = StopFlag()
        let interrupt = InterruptHandler(stop: stop)
        defer { interrupt.cancel() }
        let options: SolverOptions
        do {
            options = try search.solverOptions(stop: stop)
        } catch {
            Terminal.printError(error.message)
            throw ExitStatus.badInput.exitCode
        }
        var worst = ExitStatus.success
        for file in files {
            let status = try solve(file: file, options: options, stop: stop)
            worst = max(worst, status)
        }
        if worst != .success { throw worst.exitCode }
    }

    /// Solves one file; returns its exit status.
    private func solve(file: String, options base: SolverOptions, stop: StopFlag) throws -> ExitStatus {
        guard let written = ProgrammeReader.read(file),
              let plan = PublishedPlan.read(written, file: file, out: output.out, freeze: freezeUntil)
        else { return .badInput }
        var exports = ExportDirectory(root: output.out, programme: written.id)
        let programme = plan.programme, previous = plan.previous
        let problem: Problem
        do {
            problem = try ProblemCompiler.compile(programme)
        } catch {
            Terminal.printError("\(file): error: no schedule can satisfy the hard rules of '\(programme.id)':")
            Terminal.printError(Explainer.explain(programme, stop: stop).text)
            return .infeasible
        }
        let progress = ProgressReporter(label: programme.id)
        var options = base
        if progress.isLive { options.progress = { progress.report($0) } }
        let result = Solver(problem: problem, options: options).solve()
        progress.finish()
        if let corruption = result.corruption {
            Terminal.printError("\(file): internal error: \(corruption.message)")
            return .internalError
        }

        let decoded = ScheduleDecoder.decode(result, problem: problem, programme: programme, published: "", seed: search.seed)
        var publisher = output.publisher
        let schedule = try publisher.revise(decoded, previous: previous, programme: programme)

        print(Self.summary(programme: programme, schedule: schedule, result: result))
        if explainScore {
            for penalty in schedule.cost.penalties { print("  \(penalty.hard ? "hard" : "soft") +\(penalty.cost) \(penalty.rule): \(penalty.message)") }
        }
        if schedule.cost.hard > 0 {
            Terminal.printError("\(file): error: the best schedule found still breaks \(schedule.cost.hard) hard rule(s):")
            for penalty in schedule.cost.penalties where penalty.hard {
                Terminal.printError("  \(penalty.source.map { "\($0): " } ?? "")\(penalty.message)")
            }
            let explanation = Explainer.explain(programme, stop: stop)
            if explanation.outcome != .feasible { Terminal.printError(explanation.text) }
            return .infeasible
        }
        let diff = ScheduleDiff(old: previous, new: schedule)
        if previous != nil {
            for line in ChangeReport(diff: diff).programmeLines { print("  \(line)") }
        }
        let writer = ReleaseWriter()
        let log = try writer.carry(into: &exports)
        let input = (try? Data(contentsOf: URL(fileURLWithPath: file))).map { Array($0) } ?? []
        let release = try writer.add(diff, log: log, input: input, programme: programme, into: &exports)
        if let release {
            print("\(programme.id): release \(release.number): \(release.summary)")
        } else if previous?.blocks != schedule.blocks || previous?.cancelledBlocks != schedule.cancelledBlocks {
            print("\(programme.id): no session changed against the published schedule, but its blocks did (releases list sessions only)")
        } else {
            print("\(programme.id): no change against the published schedule")
        }
        publisher.timetable.recentChanges = try writer.recentChanges(
            log: log, latest: release.map { ($0, schedule) }, exports: exports, language: programme.language)
        try publisher.publish(schedule, programme: programme, previous: previous, into: &exports)
        do { try exports.commit() } catch {
            Terminal.printError(error.description)
            return .internalError
        }
        return .success
    }

    static func summary(programme: Programme, schedule: Schedule, result: SolveResult) -> String {
        let seconds = Double(result.elapsed.components.seconds) + Double(result.elapsed.components.attoseconds) / 1e18
        let feasible = result.timeToFeasible.map { "\($0.formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow)))" } ?? "never"
        return "\(programme.id): \(schedule.entries.count) occurrences placed, hard \(schedule.cost.hard), soft \(schedule.cost.soft)"
            + " (first feasible after \(feasible), \(String(format: "%.2f", seconds)) s, \(Int(result.movesPerSecond)) moves/s)"
    }
}
