extension CTTSolution {
    /// Reads the solution stored at `path`, checked against `instance`.
    ///
    /// - Throws: ``CTTError/unreadable(path:reason:)``, or the first format error located in `path`.
    public init(contentsOf path: String, instance: CTTInstance) throws(CTTError) {
        self = try CTTSolution(text: CTTInstance.contents(of: path), file: path, instance: instance)
    }

    /// Reads a solution from the text of a `.sol` file named `file` (used in error locations).
    ///
    /// Every course and room must be declared by `instance`, and every day and period lie in its week;
    /// anything else about the lectures (how many, clashes) is left to ``OfficialCost``.
    /// - Throws: the first format error, as ``CTTError/unexpected(expected:found:at:)``.
    public init(text: String, file: String, instance: CTTInstance) throws(CTTError) {
        var scanner = CTTScanner(text: text, file: file)
        let courses = Set(instance.courses.map(\.id))
        let rooms = Set(instance.rooms.map(\.id))
        var lectures: [Lecture] = []
        while !scanner.atEnd {
            let course = try scanner.name("a course")
            guard courses.contains(course.text) else {
                throw scanner.reject(course, expected: .declared(kind: "a course", section: "COURSES:"))
            }
            let room = try scanner.name("the room of a lecture of course \(course.text)")
            guard rooms.contains(room.text) else {
                throw scanner.reject(room, expected: .declared(kind: "a room", section: "ROOMS:"))
            }
            let day = try scanner.integer("a day", in: 0...(instance.days - 1))
            let period = try scanner.integer("a period", in: 0...(instance.periodsPerDay - 1))
            lectures.append(Lecture(course: course.text, room: room.text, day: day, period: period))
        }
        self.init(lectures: lectures)
    }
}
