import Benchmarks
import CursusTestSupport
import Testing

private func comp01() throws -> CTTInstance { try CTTInstance(contentsOf: ITC2007Fixtures.path("comp01")) }

private func message(_ text: String, _ instance: CTTInstance) -> String? {
    do {
        _ = try CTTSolution(text: text, file: "s.sol", instance: instance)
        return nil
    } catch {
        return error.description
    }
}

@Test func readsLecturesInFileOrder() throws {
    let solution = try CTTSolution(text: "c0001 rB 0 0\n  c0002\trC 4 5\n", file: "s.sol", instance: comp01())
    #expect(solution.lectures == [
        CTTSolution.Lecture(course: "c0001", room: "rB", day: 0, period: 0),
        CTTSolution.Lecture(course: "c0002", room: "rC", day: 4, period: 5),
    ])
}

@Test func writtenSolutionReadsBackEqual() throws {
    let solution = CTTSolution(lectures: [
        .init(course: "c0072", room: "rS", day: 3, period: 1),
        .init(course: "c0001", room: "rB", day: 0, period: 5),
    ])
    #expect(solution.solText == "c0072 rS 3 1\nc0001 rB 0 5\n")
    #expect(try CTTSolution(text: solution.solText, file: "s.sol", instance: comp01()) == solution)
}

@Test func anEmptySolutionHasNoLectures() throws {
    #expect(try CTTSolution(text: "\n", file: "s.sol", instance: comp01()).lectures.isEmpty)
}

@Test func solutionReportsAnUndeclaredRoom() throws {
    #expect(message("c0001 rB 0 0\nc0002 rX 1 1\n", try comp01())
        == "s.sol:2:7: error: expected a room declared under 'ROOMS:', found 'rX'")
}

@Test func solutionReportsAnUndeclaredCourse() throws {
    #expect(message("c9999 rB 0 0\n", try comp01()) == "s.sol:1:1: error: expected a course declared under 'COURSES:', found 'c9999'")
}

@Test func solutionReportsAPeriodOutsideTheDay() throws {
    #expect(message("c0001 rB 0 6\n", try comp01()) == "s.sol:1:12: error: expected a period, an integer from 0 to 5, found '6'")
}

@Test func solutionReportsATruncatedLine() throws {
    #expect(message("c0001 rB 0", try comp01()) == "s.sol:1:11: error: expected a period, an integer from 0 to 5, found the end of the file")
}
