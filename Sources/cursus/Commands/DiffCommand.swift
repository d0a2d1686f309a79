import ArgumentParser
import Curriculum
import Foundation
import Releases

/// `cursus diff OLD.json NEW.json`: what changed between two published schedules, per person.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed between two published schedules, for each trainer, cohort and room.",
        discussion: """
            Reads two schedule.json files (e.g. exports/<programme>/releases/1/schedule.json and the current \
            exports/<programme>/schedule.json) and prints, for each trainer, cohort and room concerned, what was \
            added, moved (before and now, in the venue's local time) and cancelled, in the programme's language, \
            then a one-line summary. Exit status 0, or 2 when a file is not a schedule.
            """
    )

    @Argument(help: "The earlier schedule.json.")
    var old: String

    @Argument(help: "The later schedule.json.")
    var new: String

    func run() throws {
        guard let before = Self.read(old), let after = Self.read(new) else { throw ExitCode(2) }
        let report = ChangeReport(diff: ScheduleDiff(old: before, new: after))
        print(report.text, terminator: "")
        print("\(after.programme): \(report.summary)")
    }

    /// The schedule in `path`, or nil after printing why not.
    static func read(_ path: String) -> Schedule? {
        do {
            return try ScheduleFiles.read(Data(contentsOf: URL(fileURLWithPath: path)))
        } catch {
            Terminal.printError("\(path): error: not a readable Cursus schedule (\(error.localizedDescription))")
            return nil
        }
    }
}
