import ArgumentParser
import Curriculum

/// `cursus check FILE…`: validate curriculum files and summarise each programme.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate curriculum files and print a summary of each programme.",
        discussion: """
            Every problem of every file is reported as `file:line:column: error: message`, sorted by position, \
            with a "did you mean …?" hint for misspelt keys and unknown references. \
            Exit status: 0 when every file is valid, 2 when any file has a problem.
            """
    )

    @Argument(help: "Curriculum files (YAML), e.g. curricula/emancipasso-2023.yaml.")
    var files: [String]

    func run() throws {
        var failed = false
        for file in files {
            guard let programme = ProgrammeReader.read(file) else {
                failed = true
                continue
            }
            print(ProgrammeSummary(programme: programme, calendar: TeachingCalendar(programme: programme)).text)
        }
        if failed { throw ExitStatus.badInput.exitCode }
    }
}
