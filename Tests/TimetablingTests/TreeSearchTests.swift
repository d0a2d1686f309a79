import Curriculum
import Foundation
import Testing
@testable import Timetabling

@Suite struct TreeSearchTests {
    static func load(_ id: String) throws -> Programme {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try CurriculumLoader().load(path: root.appendingPathComponent("curricula/\(id).yaml").path)
    }

    @Test(arguments: ["emancipasso-2023", "cluny-mas-2023-2024", "echirolles-ateliers-2023"])
    func probe(id: String) throws {
        let problem = try ProblemCompiler.compile(try Self.load(id))
        let clock = ContinuousClock()
        let t0 = clock.now
        let outcome = TreeSearch(problem: problem).run()
        var state = SearchState(problem: problem)
        for p in outcome.positions where p.cand >= 0 { state.place(Int(p.event), cand: Int(p.cand), slot: Int(p.slot), choice: Int(p.choice)) }
        print("PROBE \(id): events \(problem.eventCount) complete \(outcome.isComplete) exhausted \(outcome.isExhausted) nodes \(outcome.nodes) hard \(state.hard) soft \(state.soft) placed \(outcome.positions.filter { $0.cand >= 0 }.count) in \(clock.now - t0)")
    }
    @Test func clunyTables() throws {
        let problem = try ProblemCompiler.compile(try Self.load("cluny-mas-2023-2024"))
        print("CAP", problem.weeklyLoads.map { ($0.minimum, $0.maximum, $0.capacity) })
        for e in 0..<problem.eventCount { print("EV", e, problem.sessionIDs[Int(problem.eventSession[e])], problem.candidateCount(of: e), problem.roomCandidateCount(of: e)) }
        print("MOD", problem.moduleGroups.map { ($0.events.count, $0.parameter) })
        print("WEEKS", problem.weekCount, problem.windows.count, problem.dates.first!, problem.dates.last!)
    }
}
