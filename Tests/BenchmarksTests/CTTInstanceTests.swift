import Benchmarks
import Curriculum
import CursusTestSupport
import Foundation
import Testing

/// A small valid instance; the malformed ones below change one line of it.
private let tiny = """
Name: Tiny
Courses: 2
Rooms: 1
Days: 2
Periods_per_day: 3
Curricula: 1
Constraints: 1

COURSES:
c1 t1 2 2 10
c2 t2 1 1 5

ROOMS:
r1 20

CURRICULA:
q1 2 c1 c2

UNAVAILABILITY_CONSTRAINTS:
c1 1 2

END.

"""

/// The message of the error reading `text` as `t.ctt` raises, or nil when it reads.
private func message(_ text: String) -> String? {
    do {
        _ = try CTTInstance(text: text, file: "t.ctt")
        return nil
    } catch {
        return error.description
    }
}

@Test func readsComp01() throws {
    let instance = try CTTInstance(contentsOf: ITC2007Fixtures.path("comp01"))
    #expect(instance.name == "Fis0506-1")
    #expect(instance.days == 5)
    #expect(instance.periodsPerDay == 6)
    #expect(instance.periods == 30)
    #expect(instance.courses.count == 30)
    #expect(instance.courses.first == CTTInstance.Course(id: "c0001", teacher: "t000", lectures: 6, minWorkingDays: 4, students: 130))
    #expect(instance.courses.last == CTTInstance.Course(id: "c0072", teacher: "t003", lectures: 6, minWorkingDays: 4, students: 9))
    #expect(instance.lectures == 160)
    #expect(instance.rooms.map(\.id) == ["rB", "rC", "rE", "rF", "rG", "rS"])
    #expect(instance.rooms.map(\.capacity) == [200, 100, 9, 30, 20, 30])
    #expect(instance.curricula.count == 14)
    #expect(instance.curricula[0] == CTTInstance.Curriculum(id: "q000", courses: ["c0001", "c0002", "c0004", "c0005"]))
    #expect(instance.unavailability.count == 53)
    #expect(instance.unavailability.last == CTTInstance.Unavailability(course: "c0071", day: 4, period: 2))
}

@Test(arguments: ITC2007Fixtures.names)
func writerReproducesThePublishedInstance(name: String) throws {
    let text = try ITC2007Fixtures.text(name)
    let instance = try CTTInstance(text: text, file: name)
    let withoutTrailingSpaces = text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { String($0).replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
        .joined(separator: "\n")
    #expect(instance.cttText == withoutTrailingSpaces)
    #expect(try CTTInstance(text: instance.cttText, file: name) == instance)
}

@Test func writtenInstanceReadsBackEqual() throws {
    let instance = CTTInstance(
        name: "Built", days: 6, periodsPerDay: 4,
        courses: [
            .init(id: "a", teacher: "x", lectures: 3, minWorkingDays: 2, students: 40),
            .init(id: "b", teacher: "x", lectures: 0, minWorkingDays: 0, students: 0),
        ],
        rooms: [.init(id: "r", capacity: 35)],
        curricula: [.init(id: "q", courses: ["b", "a"]), .init(id: "empty", courses: [])],
        unavailability: [.init(course: "b", day: 5, period: 3), .init(course: "a", day: 0, period: 0)]
    )
    #expect(try CTTInstance(text: instance.cttText, file: "built.ctt") == instance)
}

@Test func readsTheTinyInstance() throws {
    #expect(message(tiny) == nil)
}

@Test func reportsAMalformedNumber() {
    #expect(
        message(tiny.replacingOccurrences(of: "Courses: 2", with: "Courses: two"))
            == "t.ctt:2:10: error: expected the number of courses, an integer from 0 to 10000, found 'two'"
    )
}

@Test func reportsASectionShorterThanItsCount() {
    #expect(
        message(tiny.replacingOccurrences(of: "Courses: 2", with: "Courses: 3"))
            == "t.ctt:13:1: error: expected course 3 of 3 ('Courses: 3'), found 'ROOMS:'\n"
            + "Maybe 'Courses: 3' in the header is too large."
    )
}

@Test func reportsASectionLongerThanItsCount() {
    #expect(
        message(tiny.replacingOccurrences(of: "Courses: 2", with: "Courses: 1"))
            == "t.ctt:11:1: error: expected 'ROOMS:', found 'c2'\nMaybe 'Courses: 1' in the header is too small."
    )
}

@Test func reportsAnUndeclaredCourse() {
    #expect(
        message(tiny.replacingOccurrences(of: "q1 2 c1 c2", with: "q1 2 c1 c9"))
            == "t.ctt:17:9: error: expected a course declared under 'COURSES:', found 'c9'"
    )
}

@Test func reportsADayOutsideTheWeek() {
    #expect(
        message(tiny.replacingOccurrences(of: "c1 1 2", with: "c1 2 2"))
            == "t.ctt:20:4: error: expected a day, an integer from 0 to 1, found '2'"
    )
}

@Test func reportsADuplicateCourse() {
    #expect(
        message(tiny.replacingOccurrences(of: "c2 t2 1 1 5", with: "c1 t2 1 1 5"))
            == "t.ctt:11:1: error: expected a new course id (line 10 already declares this one), found 'c1'"
    )
}

@Test func reportsACourseListedTwiceInACurriculum() {
    #expect(
        message(tiny.replacingOccurrences(of: "q1 2 c1 c2", with: "q1 2 c1 c1"))
            == "t.ctt:17:9: error: expected a new course of curriculum q1 (line 17 already declares this one), found 'c1'"
    )
}

@Test func reportsAMissingEnd() {
    #expect(
        message(tiny.replacingOccurrences(of: "END.\n", with: ""))
            == "t.ctt:22:1: error: expected 'END.', found the end of the file"
    )
}

@Test func reportsTextAfterTheEnd() {
    #expect(message(tiny + "extra\n") == "t.ctt:23:1: error: expected the end of the file, found 'extra'")
}

@Test func reportsAnUnreadableFile() {
    #expect(throws: CTTError.self) { try CTTInstance(contentsOf: "/nonexistent/comp99.ctt") }
    do {
        _ = try CTTInstance(contentsOf: "/nonexistent/comp99.ctt")
    } catch {
        #expect(error.description.hasPrefix("/nonexistent/comp99.ctt: error: cannot read the file: "))
    }
}

/// Numbers past the documented limits (CTTLimits, docs/reliability.md) are located errors, never traps.
@Test(arguments: [
    ("Days: 2", "Days: 2147483647", "t.ctt:4:7: error: expected the number of days, an integer from 1 to 366, found '2147483647'"),
    ("c1 t1 2 2 10", "c1 t1 2 2 2147483647",
     "t.ctt:10:11: error: expected the number of students of course c1, an integer from 0 to 100000, found '2147483647'"),
    ("r1 20", "r1 2147483647", "t.ctt:14:4: error: expected the capacity of room r1, an integer from 0 to 100000, found '2147483647'"),
    ("c1 t1 2 2 10", "c1 t1 1000000000 2 10",
     "t.ctt:10:7: error: expected the number of lectures of course c1, an integer from 0 to 10000, found '1000000000'"),
    ("Courses: 2", "Courses: 99999999999999999999999",
     "t.ctt:2:10: error: expected the number of courses, an integer from 0 to 10000, found '99999999999999999999999'"),
    ("q1 2 c1 c2", "q1 3 c1 c2", "t.ctt:17:4: error: expected the number of courses of curriculum q1, an integer from 0 to 2, found '3'"),
])
func reportsANumberPastItsLimit(original: String, replacement: String, expected: String) {
    #expect(message(tiny.replacingOccurrences(of: original, with: replacement)) == expected)
}

@Test func theLecturesOfAnInstanceAreBoundedInTotal() {
    var courses = ""
    for index in 0..<11 { courses += "c\(index) t 10000 1 1\n" }
    let text = tiny.replacingOccurrences(of: "Courses: 2", with: "Courses: 11")
        .replacingOccurrences(of: "c1 t1 2 2 10\nc2 t2 1 1 5\n", with: courses)
    #expect(message(text) == """
        t.ctt:20:7: error: expected the number of lectures of course c10 (an instance has at most 100000 lectures), \
        an integer from 0 to 0, found '10000'
        """)
}

@Test func aLatin1ByteIsReportedWhereItStands() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-latin1-\(getpid()).ctt").path
    var bytes = Array(tiny.utf8)
    bytes.insert(0xE9, at: bytes.firstIndex(of: UInt8(ascii: "y"))! + 1)
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
    defer { unlink(path) }
    #expect(throws: CTTError.notUTF8(
        at: .init(file: path, line: 1, column: 11),
        reason: "byte 0xE9 is not UTF-8 text (maybe the file was saved as Latin-1 or Windows-1252: save it as UTF-8)"
    )) {
        try CTTInstance(contentsOf: path)
    }
}
