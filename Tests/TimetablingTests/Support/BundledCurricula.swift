import Curriculum
import CursusTestSupport
import Foundation
@testable import Timetabling

/// The curricula of `curricula/`, loaded, compiled, solved with a fixed seed and budget, decoded.
enum BundledCurricula {
    static func path(_ id: String) -> String {
        PackageRoot.path("curricula/\(id).yaml")
    }

    static func programme(_ id: String) throws -> Programme {
        try CurriculumLoader().load(path: path(id))
    }

    /// Solves `id` on one thread with seed 1 and `iterations` moves; the schedule carries the checker's cost.
    static func solve(_ id: String, iterations: Int = 20_000) throws -> (programme: Programme, schedule: Schedule) {
        let programme = try programme(id)
        let problem = try ProblemCompiler.compile(programme)
        let result = Solver(problem: problem, options: SolverOptions(seed: 1, iterations: iterations, threads: 1)).solve()
        let schedule = ScheduleDecoder.decode(result, problem: problem, programme: programme, published: "2023-01-01T00:00:00Z", seed: 1)
        return (programme, schedule)
    }

    /// Whether two occurrences overlap in time (same local date and intersecting times, or spans in UTC).
    static func overlap(_ a: ScheduledOccurrence, _ b: ScheduledOccurrence) -> Bool {
        a.date == b.date && a.startTime < b.endTime && b.startTime < a.endTime
    }
}
