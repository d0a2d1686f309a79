/// The largest instance Cursus reads (documented in docs/reliability.md). Every number of a `.ctt`
/// or `.sol` file is checked against these before anything is built from it, so that no arithmetic
/// on read values overflows and no table grows past what the machine holds. The published ITC-2007
/// instances are far inside them (at most 131 courses, 434 lectures, 20 rooms, 6 days × 6 periods).
enum CTTLimits {
    /// `.ctt` and `.sol` files larger than this are refused before they are read (8 MiB).
    static let fileBytes = 8 * 1024 * 1024
    /// Days of the week of an instance (a year at most).
    static let days = 1...366
    /// Periods of a day: a period maps to one hour of a day (see ``CTTProgrammeMapping``).
    static let periodsPerDay = 1...24
    /// Courses, rooms or curricula of an instance.
    static let entities = 0...10_000
    /// Unavailability constraints of an instance.
    static let constraints = 0...1_000_000
    /// Lectures of one course.
    static let lecturesPerCourse = 0...10_000
    /// Lectures of the whole instance (checked as each course is read).
    static let lectures = 100_000
    /// Students of a course, seats of a room.
    static let people = 0...100_000
}
