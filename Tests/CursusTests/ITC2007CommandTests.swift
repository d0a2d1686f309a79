import CursusTestSupport
import Foundation
import Testing

/// Runs the built `cursus` with `arguments`; returns its status, standard output and error.
private func cursus(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
    let run = try ProcessRunner.run(CommandRunner.binary, arguments)
    return (run.status, run.standardOutput, run.standardError)
}

private let comp01 = ITC2007Fixtures.path("comp01")

@Test func itc2007RejectsAMalformedInstanceWithExitCodeTwo() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-itc-malformed-\(getpid()).ctt")
    try "Name: Bad\nCourses: many\n".write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try cursus(["itc2007", file.path, "--iterations", "10"])
    #expect(run.status == 2)
    #expect(run.error == "\(file.path):2:10: error: expected the number of courses, an integer from 0 to 10000, found 'many'\n")
    #expect(run.output.isEmpty)
}

@Test func itc2007SolvesComp01AndWritesASolutionWithThePrintedCost() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-itc-comp01-\(getpid()).sol")
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try cursus(["itc2007", comp01, "--iterations", "20000", "--threads", "1", "--seed", "3", "--solution", file.path])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "Fis0506-1: 30 courses, 160 lectures, 6 rooms, 14 curricula, 5 days × 6 periods")
    #expect(lines.count == 4)
    #expect(lines.dropFirst().first?.hasPrefix("hard ") == true)
    #expect(lines.dropFirst(2).first?.hasPrefix("soft ") == true)
    let solution = try String(contentsOf: file, encoding: .utf8)
    #expect(solution.split(separator: "\n").count == 160)
    // The same seed and budget give the same solution.
    let again = try cursus(["itc2007", comp01, "--iterations", "20000", "--threads", "1", "--seed", "3", "--solution", file.path])
    #expect(again.output.split(separator: "\n").prefix(3) == run.output.split(separator: "\n").prefix(3))
    #expect(try String(contentsOf: file, encoding: .utf8) == solution)
}

@Test func itc2007WithoutRoomsExitsThreeWithTheReason() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-itc-no-rooms-\(getpid()).ctt")
    try """
        Name: NoRooms
        Courses: 1
        Rooms: 0
        Days: 1
        Periods_per_day: 2
        Curricula: 0
        Constraints: 0

        COURSES:
        c2 t1 1 1 10

        ROOMS:

        CURRICULA:

        UNAVAILABILITY_CONSTRAINTS:

        END.

        """.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = try cursus(["itc2007", file.path, "--iterations", "10"])
    #expect(run.status == 3)
    #expect(run.error == "\(file.path): error: the instance declares no room ('Rooms: 0'), so none of its 1 lectures can be placed\n")
}

@Test func itc2007RefusesAFIFOWithoutBlocking() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-itc-fifo-\(getpid()).ctt").path
    #expect(mkfifo(path, 0o600) == 0)
    defer { unlink(path) }
    let run = try cursus(["itc2007", path, "--iterations", "10"])
    #expect(run.status == 2)
    #expect(run.error == "\(path): error: cannot read the file: it is a FIFO, not a regular file\n")
}
