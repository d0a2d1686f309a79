import ArgumentParser
import Curriculum
import Foundation
import Timetable
import Timetabling

/// `cursus export FILE…`: rewrite a programme's feeds, timetables and booklet from its published schedule.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Rewrite the feeds, HTML timetables and PDF booklet from an existing schedule.json, without solving.",
        discussion: """
            Reads OUT/<programme>/schedule.json, re-checks it against the curriculum (the independent checker), \
            and rewrites every export. Useful after changing titles, descriptions, paper size or the feed URL. \
            Exit status: 0 on success, 2 on bad input (no schedule.json, a malformed curriculum), 3 when the \
            schedule breaks a hard rule of the current curriculum, 1 when the exports cannot be written.
            """
    )

    @Argument(help: "Curriculum files (YAML) whose schedules were solved before.")
    var files: [String]

    @OptionGroup var output: OutputOptions

    func run() throws {
        var worst = ExitStatus.success
        for file in files { worst = max(worst, try export(file)) }
        if worst != .success { throw worst.exitCode }
    }

    private func export(_ file: String) throws -> ExitStatus {
        guard let programme = ProgrammeReader.read(file) else { return .badInput }
        var exports = ExportDirectory(root: output.out, programme: programme.id)
        guard let data = exports.previous("schedule.json") else {
            Terminal.printError("\(exports.url.path)/schedule.json: error: no published schedule; run `cursus solve \(file)` first")
            return .badInput
        }
        var schedule: Schedule
        do { schedule = try ScheduleFiles.read(data) } catch {
            Terminal.printError("\(exports.url.path)/schedule.json: error: not a Cursus schedule (\(error))")
            return .badInput
        }
        let previous = schedule
        schedule.cost = ScheduleChecker.check(schedule, programme: programme)
        let statesStability = programme.preferences.contains { if case .stability = $0.kind { true } else { false } }
        if !statesStability {
            // `solve` measured stability against the publication before this one: keep that cost as published.
            let stability = previous.cost.penalties.filter { $0.rule == "stability" && !$0.hard }
            schedule.cost.penalties += stability
            schedule.cost.soft += stability.reduce(0) { $0 + $1.cost }
        }
        if schedule.cost.hard > 0 {
            Terminal.printError("\(file): error: the published schedule breaks \(schedule.cost.hard) hard rule(s) of the curriculum; solve it again")
            return .infeasible
        }
        var publisher = output.publisher
        let published = try publisher.revise(schedule, previous: previous, programme: programme)
        let writer = ReleaseWriter()
        let log = try writer.carry(into: &exports)
        publisher.timetable.recentChanges = try writer.recentChanges(log: log, latest: nil, exports: exports, language: programme.language)
        try publisher.publish(published, programme: programme, previous: previous, into: &exports)
        do { try exports.commit() } catch {
            Terminal.printError(error.description)
            return .internalError
        }
        print("\(programme.id): exports rewritten in \(exports.url.path)")
        return .success
    }
}
