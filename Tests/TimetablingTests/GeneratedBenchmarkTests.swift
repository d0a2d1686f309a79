import Benchmarks
import Curriculum
import Foundation
import Testing
import Timetabling

/// Measures moves per second on a generated programme when `CURSUS_BENCH_OCCURRENCES` is set:
/// `CURSUS_BENCH_OCCURRENCES=1000 swift test -c release --filter GeneratedBenchmarkTests`.
@Suite struct GeneratedBenchmarkTests {
    static let occurrences = ProcessInfo.processInfo.environment["CURSUS_BENCH_OCCURRENCES"].flatMap(Int.init)

    @Test(.enabled(if: occurrences != nil))
    func movesPerSecond() throws {
        let n = Self.occurrences!
        let programme = ProgrammeGenerator(occurrences: n, trainers: n / 20, rooms: n / 50, cohorts: n / 25, precedences: n / 10, seed: 1).generate()
        let problem = try ProblemCompiler.compile(programme)
        let result = Solver(problem: problem, options: SolverOptions(seed: 1, timeLimit: .seconds(10), threads: 1)).solve()
        let schedule = ScheduleDecoder.decode(result, problem: problem, programme: programme, published: "2025-01-01T00:00:00Z", seed: 1)
        print("generated \(n): \(problem.eventCount) events, \(problem.periodCount) periods; hard \(result.hard) soft \(result.soft); "
            + "\(result.iterations) moves in \(result.elapsed), \(Int(result.movesPerSecond)) moves/s; checker \(schedule.cost.hard)/\(schedule.cost.soft)")
        #expect(schedule.cost.hard == result.hard)
        #expect(schedule.cost.soft == result.soft)
    }
}
