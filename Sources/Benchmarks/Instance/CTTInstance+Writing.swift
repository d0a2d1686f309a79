extension CTTInstance {
    /// The instance in `.ctt` format, laid out as the published instances (without their trailing
    /// spaces): reading it back gives an equal instance.
    public var cttText: String {
        var lines = [
            "Name: \(name)",
            "Courses: \(courses.count)",
            "Rooms: \(rooms.count)",
            "Days: \(days)",
            "Periods_per_day: \(periodsPerDay)",
            "Curricula: \(curricula.count)",
            "Constraints: \(unavailability.count)",
            "",
            "COURSES:",
        ]
        lines += courses.map { "\($0.id) \($0.teacher) \($0.lectures) \($0.minWorkingDays) \($0.students)" }
        lines += ["", "ROOMS:"]
        lines += rooms.map { "\($0.id) \($0.capacity)" }
        lines += ["", "CURRICULA:"]
        lines += curricula.map { ([$0.id, String($0.courses.count)] + $0.courses).joined(separator: " ") }
        lines += ["", "UNAVAILABILITY_CONSTRAINTS:"]
        lines += unavailability.map { "\($0.course) \($0.day) \($0.period)" }
        lines += ["", "END."]
        return lines.joined(separator: "\n") + "\n"
    }
}
