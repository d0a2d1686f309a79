/// The cost of an ITC-2007 solution as the competition's validator counts it (formulation UD2),
/// computed from the instance and the solution alone, independently of the solver.
///
/// Hard violations, one unit each: `lectures`, `conflicts`, `availability`, `roomOccupancy`.
/// Soft costs, already weighted: `roomCapacity` (×1), `minWorkingDays` (×5),
/// `curriculumCompactness` (×2), `roomStability` (×1). Solutions compare by ``hard`` first, then
/// ``soft``.
///
/// As in the validator, a lecture of a course in a period where the course already has one is
/// ignored (and counted in ``repeatedLectures``): a course is taught at most once a period.
public struct OfficialCost: Hashable, Sendable {
    /// Per course, |distinct periods used − lectures required|.
    public var lectures: Int
    /// Per pair of courses sharing a curriculum or a teacher, the periods where both have a lecture.
    public var conflicts: Int
    /// Lectures placed in a period their course is unavailable.
    public var availability: Int
    /// Per room and period holding n > 1 lectures, n − 1.
    public var roomOccupancy: Int
    /// Per lecture, the students over the room's capacity.
    public var roomCapacity: Int
    /// 5 × per course, the days below its minimum working days.
    public var minWorkingDays: Int
    /// 2 × per curriculum and period, the lectures of the curriculum there with no lecture of it in
    /// an adjacent period of the same day.
    public var curriculumCompactness: Int
    /// Per course, the distinct rooms it uses − 1.
    public var roomStability: Int
    /// Lectures ignored because their course already has a lecture in that period (the validator's
    /// "repeated entry" warning); part of neither cost, but the missing lecture counts in ``lectures``.
    public var repeatedLectures: Int

    public init(
        lectures: Int = 0, conflicts: Int = 0, availability: Int = 0, roomOccupancy: Int = 0, roomCapacity: Int = 0,
        minWorkingDays: Int = 0, curriculumCompactness: Int = 0, roomStability: Int = 0, repeatedLectures: Int = 0
    ) {
        self.lectures = lectures
        self.conflicts = conflicts
        self.availability = availability
        self.roomOccupancy = roomOccupancy
        self.roomCapacity = roomCapacity
        self.minWorkingDays = minWorkingDays
        self.curriculumCompactness = curriculumCompactness
        self.roomStability = roomStability
        self.repeatedLectures = repeatedLectures
    }

    /// Total hard violations.
    public var hard: Int { lectures + conflicts + availability + roomOccupancy }

    /// Total weighted soft cost.
    public var soft: Int { roomCapacity + minWorkingDays + curriculumCompactness + roomStability }

    /// The cost of `solution` for `instance`.
    ///
    /// - Precondition: every lecture names a course and a room of `instance` and a day and period of
    ///   its week (``CTTSolution/init(text:file:instance:)`` checks this).
    /// - Complexity: O(L + C² · P + Q · P) for L lectures, C courses, Q curricula and P periods.
    public init(instance: CTTInstance, solution: CTTSolution) {
        self.init()
        let periods = instance.periods
        let perDay = instance.periodsPerDay
        let courseIndex = Dictionary(uniqueKeysWithValues: instance.courses.enumerated().map { ($1.id, $0) })
        let roomIndex = Dictionary(uniqueKeysWithValues: instance.rooms.enumerated().map { ($1.id, $0) })
        var unavailable = Array(repeating: Array(repeating: false, count: periods), count: instance.courses.count)
        for constraint in instance.unavailability {
            unavailable[courseIndex[constraint.course]!][constraint.day * perDay + constraint.period] = true
        }

        // Whether each course is taught in each period, lectures per room and period, rooms each course uses.
        var taught = Array(repeating: Array(repeating: 0, count: periods), count: instance.courses.count)
        var held = Array(repeating: Array(repeating: 0, count: periods), count: instance.rooms.count)
        var roomsUsed = Array(repeating: Array(repeating: false, count: instance.rooms.count), count: instance.courses.count)
        for lecture in solution.lectures {
            guard let course = courseIndex[lecture.course], let room = roomIndex[lecture.room],
                  (0..<instance.days).contains(lecture.day), (0..<perDay).contains(lecture.period)
            else { preconditionFailure("lecture \(lecture) is not part of instance \(instance.name)") }
            let period = lecture.day * perDay + lecture.period
            guard taught[course][period] == 0 else {
                repeatedLectures += 1
                continue
            }
            taught[course][period] = 1
            held[room][period] += 1
            roomsUsed[course][room] = true
            if unavailable[course][period] { availability += 1 }
            roomCapacity += max(0, instance.courses[course].students - instance.rooms[room].capacity)
        }

        for (course, row) in taught.enumerated() {
            let used = row.filter { $0 > 0 }.count
            lectures += abs(used - instance.courses[course].lectures)
            let days = (0..<instance.days).filter { day in row[(day * perDay)..<((day + 1) * perDay)].contains { $0 > 0 } }
            minWorkingDays += 5 * max(0, instance.courses[course].minWorkingDays - days.count)
            roomStability += max(0, roomsUsed[course].filter { $0 }.count - 1)
        }
        for row in held {
            roomOccupancy += row.reduce(0) { $0 + max(0, $1 - 1) }
        }

        // Conflicts: courses sharing a curriculum or a teacher.
        var related = Array(repeating: Array(repeating: false, count: instance.courses.count), count: instance.courses.count)
        for curriculum in instance.curricula {
            let members = curriculum.courses.map { courseIndex[$0]! }
            for a in members { for b in members where a != b { related[a][b] = true } }
        }
        for a in instance.courses.indices {
            for b in instance.courses.indices where a < b {
                guard related[a][b] || instance.courses[a].teacher == instance.courses[b].teacher else { continue }
                conflicts += (0..<periods).filter { taught[a][$0] > 0 && taught[b][$0] > 0 }.count
            }
        }

        // Compactness: lectures of a curriculum with no lecture of it next to them on the same day.
        for curriculum in instance.curricula {
            let members = curriculum.courses.map { courseIndex[$0]! }
            let count = (0..<periods).map { period in members.reduce(0) { $0 + taught[$1][period] } }
            for period in 0..<periods where count[period] > 0 {
                let slot = period % perDay
                let before = slot > 0 && count[period - 1] > 0
                let after = slot < perDay - 1 && count[period + 1] > 0
                if !before && !after { curriculumCompactness += 2 * count[period] }
            }
        }
    }
}
