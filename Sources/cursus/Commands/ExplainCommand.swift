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
            its file:line and a plain sentence. A set is called a conflict only when it is proven impossible on its \
            own (by the compiler, propagation or a complete search that exhausts every placement), and minimal only \
            when a timetable was found without each of its rules. When nothing is proven within --proof-time, it says \
            so and lists the hard rules the best schedule found still breaks. Ctrl-C stops it at once. Exit status: 0 when the programme has a timetable, 2 on bad input, \
            3 when it has none (with the explanation).

            With --freeze-until DATE (or `now`), the programme is explained as `cursus solve --freeze-until` \
            solves it against the published OUT/<programme>/schedule.json: the published occurrences that start \
            before DATE are fixed, so a rule change that would need to move one is explained as a conflict with \
            that occurrence (named by schedule.json:1).
            """
    )

    @Argument(help: "Curriculum files (YAML).")
    var files: [String]

    @Option(name: .long, help: "Feasibility checks the explanation may run (each compiles a relaxed programme and may search briefly).")
    var checks = ExplanationBudget().checks

    @Option(name: .long, help: "Time for the whole explanation, proofs included: 30s, 2m, 500ms or plain seconds (default 30s).")
    var proofTime: DurationArgument?

    @Option(name: .long, help: "Fix the published occurrences that start before this date (YYYY-MM-DD) or `now`, as solve does.")
    var freezeUntil: FreezeArgument?

    @Option(name: .long, help: "Folder of the published exports that --freeze-until reads (OUT/<programme>/schedule.json).")
    var out: String = "exports"

    func validate() throws {
        if checks <= 0 { throw ValidationError("--checks must be positive, found \(checks).") }
    }

    func run() throws {
        let stop = StopFlag()
        let interrupt = InterruptHandler(stop: stop)
        defer { interrupt.cancel() }
        var worst = ExitStatus.success
        for file in files {
            guard let written = ProgrammeReader.read(file) else {
                worst = max(worst, .badInput)
                continue
            }
            var programme = written
            if freezeUntil != nil {
                guard let plan = PublishedPlan.read(written, file: file, out: out, freeze: freezeUntil) else {
                    worst = max(worst, .badInput)
                    continue
                }
                programme = plan.programme
            }
            var budget = ExplanationBudget()
            budget.checks = checks
            if let proofTime { budget.proofTime = proofTime.duration }
            let explanation = Explainer.explain(programme, budget: budget, stop: stop)
            print(explanation.text, terminator: explanation.text.hasSuffix("\n") ? "" : "\n")
            if explanation.outcome != .feasible { worst = max(worst, .infeasible) }
        }
        if worst != .success { throw worst.exitCode }
    }
}
