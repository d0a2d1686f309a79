/// A solution of an ITC-2007 instance (`.sol`): one line `course room day period` per lecture.
public struct CTTSolution: Hashable, Sendable {
    /// One placed lecture.
    public struct Lecture: Hashable, Sendable, Comparable {
        public var course: String
        public var room: String
        public var day: Int
        public var period: Int

        public init(course: String, room: String, day: Int, period: Int) {
            self.course = course
            self.room = room
            self.day = day
            self.period = period
        }

        public static func < (lhs: Lecture, rhs: Lecture) -> Bool {
            (lhs.course, lhs.day, lhs.period, lhs.room) < (rhs.course, rhs.day, rhs.period, rhs.room)
        }
    }

    /// In file order.
    public var lectures: [Lecture]

    public init(lectures: [Lecture]) {
        self.lectures = lectures
    }
}
