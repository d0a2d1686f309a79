import ArgumentParser
import Curriculum
import Foundation
import Releases

/// `cursus changes FILE [--release N]`: what a release of a programme changed, per person.
struct ChangesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Show what a release of a programme changed, for each trainer, cohort and room.",
        discussion: """
            Reads OUT/<programme>/releases/<n>/ (the latest release unless --release is given) and prints its \
            number, time, curriculum hash and, for each trainer, cohort and room concerned, what was added, \
            moved and cancelled against the release before it.
            """
    )

    @Argument(help: "Curriculum file (YAML) of the programme.")
    var file: String

    @Option(name: .long, help: "Release number (default: the latest).")
    var release: Int?

    @Option(name: .long, help: "Folder that holds one subfolder per programme.")
    var out: String = "exports"

    func run() throws {
        guard let programme = ProgrammeReader.read(file) else { throw ExitCode(2) }
        let folder = URL(fileURLWithPath: out).appendingPathComponent(programme.id).appendingPathComponent("releases")
        let numbers = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).compactMap(Int.init).sorted()
        guard let number = release ?? numbers.last, numbers.contains(number) else {
            let known = numbers.isEmpty ? "none yet" : numbers.map(String.init).joined(separator: ", ")
            Terminal.printError("\(folder.path): error: no release \(release.map(String.init) ?? "") (releases: \(known))")
            throw ExitCode(2)
        }
        let previousNumber = numbers.last { $0 < number }
        let path = { (n: Int) in folder.appendingPathComponent("\(n)/schedule.json").path }
        guard let after = DiffCommand.read(path(number)) else { throw ExitCode(2) }
        let before = previousNumber.flatMap { DiffCommand.read(path($0)) }
        let data = try Data(contentsOf: folder.appendingPathComponent("\(number)/release.json"))
        let log = try JSONDecoder().decode(Release.self, from: data)
        print("\(programme.id): release \(log.number), published \(log.published), curriculum \(log.input)")
        print("\(log.summary)\n")
        print(ChangeReport(diff: ScheduleDiff(old: before, new: after)).text, terminator: "")
    }
}
