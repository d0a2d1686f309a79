internal import Curriculum
internal import Foundation

extension CTTInstance {
    /// The words that open a section (or end the file); a section's items can never be one of them.
    static let sectionKeywords: Set<String> = ["COURSES:", "ROOMS:", "CURRICULA:", "UNAVAILABILITY_CONSTRAINTS:", "END."]

    /// Reads the instance stored at `path`.
    ///
    /// - Throws: ``CTTError/unreadable(path:reason:)`` when the file cannot be read, or the first
    ///   format error, located in `path`.
    public init(contentsOf path: String) throws(CTTError) {
        self = try CTTInstance(text: CTTInstance.contents(of: path), file: path)
    }

    /// Reads an instance from the text of a `.ctt` file named `file` (used in error locations).
    ///
    /// The header counts fix the length of each section; every id a section refers to must be
    /// declared before, every day and period must lie in the week, and the file ends with `END.`.
    /// - Throws: the first format error, as ``CTTError/unexpected(expected:found:at:)``.
    /// - Complexity: O(n) in the length of the text.
    public init(text: String, file: String) throws(CTTError) {
        var scanner = CTTScanner(text: text, file: file)
        try scanner.expect(keyword: "Name:")
        let name = try scanner.name("the instance name").text
        let counts = try Self.readCounts(&scanner)
        try scanner.expect(keyword: "COURSES:")
        let courses = try Self.readCourses(&scanner, count: counts.courses)
        try scanner.expect(keyword: "ROOMS:", counted: "Courses: \(counts.courses)")
        let rooms = try Self.readRooms(&scanner, count: counts.rooms)
        try scanner.expect(keyword: "CURRICULA:", counted: "Rooms: \(counts.rooms)")
        let known = Set(courses.map(\.id))
        let curricula = try Self.readCurricula(&scanner, count: counts.curricula, courses: known)
        try scanner.expect(keyword: "UNAVAILABILITY_CONSTRAINTS:", counted: "Curricula: \(counts.curricula)")
        let unavailability = try Self.readUnavailability(
            &scanner, count: counts.constraints, courses: known, days: counts.days, periodsPerDay: counts.periodsPerDay
        )
        try scanner.expect(keyword: "END.", counted: "Constraints: \(counts.constraints)")
        try scanner.expectEnd()
        self.init(
            name: name, days: counts.days, periodsPerDay: counts.periodsPerDay, courses: courses, rooms: rooms,
            curricula: curricula, unavailability: unavailability
        )
    }

    /// The UTF-8 text of the file at `path`.
    static func contents(of path: String) throws(CTTError) -> String {
        do {
            return try InputFile.text(atPath: path, limit: CTTLimits.fileBytes)
        } catch {
            if case let .notUTF8(location, _) = error { throw .notUTF8(at: location, reason: error.reason) }
            throw .unreadable(path: path, reason: error.reason)
        }
    }

    private struct Counts {
        var courses, rooms, days, periodsPerDay, curricula, constraints: Int
    }

    private static func readCounts(_ scanner: inout CTTScanner) throws(CTTError) -> Counts {
        try scanner.expect(keyword: "Courses:")
        let courses = try scanner.integer("the number of courses", in: CTTLimits.entities)
        try scanner.expect(keyword: "Rooms:")
        let rooms = try scanner.integer("the number of rooms", in: CTTLimits.entities)
        try scanner.expect(keyword: "Days:")
        let days = try scanner.integer("the number of days", in: CTTLimits.days)
        try scanner.expect(keyword: "Periods_per_day:")
        let periodsPerDay = try scanner.integer("the number of periods per day", in: CTTLimits.periodsPerDay)
        try scanner.expect(keyword: "Curricula:")
        let curricula = try scanner.integer("the number of curricula", in: CTTLimits.entities)
        try scanner.expect(keyword: "Constraints:")
        let constraints = try scanner.integer("the number of unavailability constraints", in: CTTLimits.constraints)
        return Counts(
            courses: courses, rooms: rooms, days: days, periodsPerDay: periodsPerDay, curricula: curricula,
            constraints: constraints
        )
    }

    private static func readCourses(_ scanner: inout CTTScanner, count: Int) throws(CTTError) -> [Course] {
        var courses: [Course] = []
        var declared: [String: SourceLocation] = [:]
        var total = 0
        for index in 0..<count {
            let id = try scanner.item(
                kind: "course", index: index + 1, count: count, header: "Courses: \(count)", keywords: sectionKeywords
            )
            if let previous = declared[id.text] { throw scanner.reject(id, expected: .new(kind: "course id", previous: previous)) }
            declared[id.text] = id.location
            let teacher = try scanner.name("the teacher of course \(id.text)").text
            let room = CTTLimits.lectures - total
            let what = "the number of lectures of course \(id.text)"
                + (room < CTTLimits.lecturesPerCourse.upperBound ? " (an instance has at most \(CTTLimits.lectures) lectures)" : "")
            let lectures = try scanner.integer(what, in: 0...min(CTTLimits.lecturesPerCourse.upperBound, room))
            total += lectures
            let days = try scanner.integer("the minimum working days of course \(id.text)", in: 0...CTTLimits.days.upperBound)
            let students = try scanner.integer("the number of students of course \(id.text)", in: CTTLimits.people)
            courses.append(Course(id: id.text, teacher: teacher, lectures: lectures, minWorkingDays: days, students: students))
        }
        return courses
    }

    private static func readRooms(_ scanner: inout CTTScanner, count: Int) throws(CTTError) -> [Room] {
        var rooms: [Room] = []
        var declared: [String: SourceLocation] = [:]
        for index in 0..<count {
            let id = try scanner.item(
                kind: "room", index: index + 1, count: count, header: "Rooms: \(count)", keywords: sectionKeywords
            )
            if let previous = declared[id.text] { throw scanner.reject(id, expected: .new(kind: "room id", previous: previous)) }
            declared[id.text] = id.location
            let capacity = try scanner.integer("the capacity of room \(id.text)", in: CTTLimits.people)
            rooms.append(Room(id: id.text, capacity: capacity))
        }
        return rooms
    }

    private static func readCurricula(
        _ scanner: inout CTTScanner, count: Int, courses: Set<String>
    ) throws(CTTError) -> [Curriculum] {
        var curricula: [Curriculum] = []
        var declared: [String: SourceLocation] = [:]
        for index in 0..<count {
            let id = try scanner.item(
                kind: "curriculum", index: index + 1, count: count, header: "Curricula: \(count)", keywords: sectionKeywords
            )
            if let previous = declared[id.text] {
                throw scanner.reject(id, expected: .new(kind: "curriculum id", previous: previous))
            }
            declared[id.text] = id.location
            let size = try scanner.integer("the number of courses of curriculum \(id.text)", in: 0...courses.count)
            var members: [String] = []
            var listed: [String: SourceLocation] = [:]
            for _ in 0..<size {
                let course = try scanner.name("a course of curriculum \(id.text)")
                guard courses.contains(course.text) else {
                    throw scanner.reject(course, expected: .declared(kind: "a course", section: "COURSES:"))
                }
                if let previous = listed[course.text] {
                    throw scanner.reject(course, expected: .new(kind: "course of curriculum \(id.text)", previous: previous))
                }
                listed[course.text] = course.location
                members.append(course.text)
            }
            curricula.append(Curriculum(id: id.text, courses: members))
        }
        return curricula
    }

    private static func readUnavailability(
        _ scanner: inout CTTScanner, count: Int, courses: Set<String>, days: Int, periodsPerDay: Int
    ) throws(CTTError) -> [Unavailability] {
        var constraints: [Unavailability] = []
        for index in 0..<count {
            let course = try scanner.item(
                kind: "unavailability constraint", index: index + 1, count: count, header: "Constraints: \(count)",
                keywords: sectionKeywords
            )
            guard courses.contains(course.text) else {
                throw scanner.reject(course, expected: .declared(kind: "a course", section: "COURSES:"))
            }
            let day = try scanner.integer("a day", in: 0...(days - 1))
            let period = try scanner.integer("a period", in: 0...(periodsPerDay - 1))
            constraints.append(Unavailability(course: course.text, day: day, period: period))
        }
        return constraints
    }
}
