import ArgumentParser

/// The `cursus` command: wires the subcommands, nothing else.
@main
struct Cursus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cursus",
        abstract: "Schedule training programmes and publish their timetables.",
        subcommands: [CheckCommand.self, SolveCommand.self, ExplainCommand.self, ExportCommand.self, DiffCommand.self, ChangesCommand.self,
                      ITC2007Command.self, BenchCommand.self, ServeCommand.self, PublishCommand.self]
    )
}
