import ArgumentParser
import Curriculum
import Foundation
import Timetabling

/// `cursus explain FILE…`: say which rules of a programme cannot hold together.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain why a programme has no timetable: a minimal set of rules that cannot hold together.",
        discussion: """
            First names the sessions that have no possible place at all, with the rules that leave them none; \
            then searches for a minimal set of rules (QuickXplain over the rules, availabilities, pins, closures, \
            loads and capacities the file states, with the solver as the judge) that cannot all hold, each with \
            its file:line and a plain sentence. When the budget runs out, the smallest set reached is shown and \
            said to be not proven minimal. Exit status: 0 when the programme has a timetable, 2 on bad input, \
            3 when it has none (with the explanation).
            """
    )

    @Argument(help: "Curriculum files (YAML).")
    var files: [String]

    @Option(name: .long, help: "Feasibility checks the explanation may run (each compiles a relaxed programme and may search briefly).")
    var checks = ExplanationBudget().checks

    func validate() throws {
        if checks <= 0 { throw ValidationError("--checks must be positive, found \(checks).") }
    }

    func run() throws {
        var worst = ExitStatus.success
        for file in files {
            guard let programme = ProgrammeReader.read(file) else {
                worst = max(worst, .badInput)
                continue
            }
            var budget = ExplanationBudget()
            budget.checks = checks
            let explanation = Explainer.explain(programme, budget: budget)
            print(explanation.text, terminator: explanation.text.hasSuffix("\n") ? "" : "\n")
            if explanation.outcome != .feasible { worst = max(worst, .infeasible) }
        }
        if worst != .success { throw worst.exitCode }
    }
}
