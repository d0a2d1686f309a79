import Curriculum
import Foundation
import Testing
import Timetabling

/// Solves the ITC-2007 instances when `CURSUS_ITC_SECONDS` is set (a measurement, not a unit test):
/// `CURSUS_ITC_SECONDS=60 swift test -c release --filter ITCBenchmarkTests`.
@Suite struct ITCBenchmarkTests {
    static let seconds = ProcessInfo.processInfo.environment["CURSUS_ITC_SECONDS"].flatMap(Int.init)
    static let instances = ProcessInfo.processInfo.environment["CURSUS_ITC_INSTANCES"]?.split(separator: ",").map(String.init)
        ?? (1...7).map { "comp0\($0)" }

    @Test(.enabled(if: seconds != nil))
    func solvesTheInstances() throws {
        var total = 0
        for name in Self.instances {
            let programme = try CTTFixture.programme(name)
            let problem = try ProblemCompiler.compile(programme)
            let threads = ProcessInfo.processInfo.environment["CURSUS_ITC_THREADS"].flatMap(Int.init) ?? 2
            let env = ProcessInfo.processInfo.environment
            var options = SolverOptions(seed: 1, timeLimit: .seconds(Self.seconds!), threads: threads)
            if env["CURSUS_ITC_PROGRESS"] != nil {
                options.progress = { p in
                    let line = "  [\(p.thread)] \(p.elapsed) it \(p.iterations) cur \(p.hard)/\(p.soft) best \(p.bestHard)/\(p.bestSoft) T \(p.temperature)"
                    print(line)
                }
            }
            if let seed = env["CURSUS_ITC_SEED"].flatMap(UInt64.init) { options.seed = seed }
            if let n = env["CURSUS_ITC_ITERATIONS"].flatMap(Int.init) {
                options.iterations = n
                options.timeLimit = nil
            }
            if let w = env["CURSUS_ITC_HW"].flatMap(Int.init) { options.hardWeight = w }
            if let t = env["CURSUS_ITC_T0"].flatMap(Double.init) { options.initialTemperature = t }
            if let t = env["CURSUS_ITC_T1"].flatMap(Double.init) { options.finalTemperature = t }
            if let r = env["CURSUS_ITC_ROOMSWAP"].flatMap(Double.init) { options.roomSwapRate = r }
            if let r = env["CURSUS_ITC_KEMPE"].flatMap(Double.init) { options.kempeRate = r }
            if let r = env["CURSUS_ITC_EJECT"].flatMap(Double.init) { options.ejectionRate = r }
            if let r = env["CURSUS_ITC_ROOMEJECT"].flatMap(Double.init) { options.roomEjectionRate = r }
            if let r = env["CURSUS_ITC_SWAP"].flatMap(Double.init) { options.swapRate = r }
            if let n = env["CURSUS_ITC_FREEDRAWS"].flatMap(Int.init) { options.freeStartDraws = n }
            let result = Solver(problem: problem, options: options).solve()
            let schedule = ScheduleDecoder.decode(result, problem: problem, programme: programme, published: "2024-01-01T00:00:00Z", seed: 1)
            print("\(name): hard \(result.hard) soft \(result.soft) checker \(schedule.cost.hard)/\(schedule.cost.soft) "
                + "feasible after \(result.timeToFeasible.map { "\($0)" } ?? "-") moves/s \(Int(result.movesPerSecond))")
            var byRule: [String: Int] = [:]
            for penalty in schedule.cost.penalties { byRule[penalty.rule, default: 0] += penalty.cost }
            print("  " + byRule.keys.sorted().map { "\($0) \(byRule[$0]!)" }.joined(separator: ", "))
            #expect(schedule.cost.hard == result.hard)
            #expect(schedule.cost.soft == result.soft)
            total += result.soft
        }
        print("ITC total soft: \(total)")
    }
}
