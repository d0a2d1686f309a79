/// An ITC-2007 curriculum-based course timetabling instance (track 3, `.ctt` format of the
/// University of Udine).
///
/// Days and periods are numbered from 0, as in the file. Read one with
/// ``init(text:file:)`` or ``init(contentsOf:)``; write one with ``cttText``.
public struct CTTInstance: Hashable, Sendable {
    /// A course: `lectures` lectures of one hour, taught by `teacher` to `students` students, that
    /// should spread over at least `minWorkingDays` days.
    public struct Course: Hashable, Sendable {
        public var id: String
        public var teacher: String
        public var lectures: Int
        public var minWorkingDays: Int
        public var students: Int

        public init(id: String, teacher: String, lectures: Int, minWorkingDays: Int, students: Int) {
            self.id = id
            self.teacher = teacher
            self.lectures = lectures
            self.minWorkingDays = minWorkingDays
            self.students = students
        }
    }

    /// A room and its seats.
    public struct Room: Hashable, Sendable {
        public var id: String
        public var capacity: Int

        public init(id: String, capacity: Int) {
            self.id = id
            self.capacity = capacity
        }
    }

    /// A curriculum: courses that share students, so no two of them may be taught at once.
    public struct Curriculum: Hashable, Sendable {
        public var id: String
        /// Course ids, in file order.
        public var courses: [String]

        public init(id: String, courses: [String]) {
            self.id = id
            self.courses = courses
        }
    }

    /// A period in which a course may not be taught.
    public struct Unavailability: Hashable, Sendable {
        public var course: String
        public var day: Int
        public var period: Int

        public init(course: String, day: Int, period: Int) {
            self.course = course
            self.day = day
            self.period = period
        }
    }

    public var name: String
    public var days: Int
    public var periodsPerDay: Int
    public var courses: [Course]
    public var rooms: [Room]
    public var curricula: [Curriculum]
    public var unavailability: [Unavailability]

    public init(
        name: String, days: Int, periodsPerDay: Int, courses: [Course], rooms: [Room], curricula: [Curriculum],
        unavailability: [Unavailability]
    ) {
        self.name = name
        self.days = days
        self.periodsPerDay = periodsPerDay
        self.courses = courses
        self.rooms = rooms
        self.curricula = curricula
        self.unavailability = unavailability
    }

    /// Number of periods of the week (`days × periodsPerDay`).
    public var periods: Int { days * periodsPerDay }

    /// Total number of lectures to place.
    public var lectures: Int { courses.reduce(0) { $0 + $1.lectures } }
}
