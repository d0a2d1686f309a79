/// The figures of a programme that `cursus check` prints: what is to be scheduled and when it can be.
public struct ProgrammeSummary: Hashable, Sendable {
    public var id: String
    public var title: String
    /// First and last date of the programme.
    public var start: LocalDate
    public var end: LocalDate
    /// Number of sessions, and of occurrences to place.
    public var sessions: Int
    public var occurrences: Int
    /// Teaching time of all occurrences, in minutes. A `.windows(n)` occurrence counts n average
    /// windows of the calendar, a `.days(n)` occurrence n times the calendar's windows of a date.
    public var teachingMinutes: Int
    public var trainers: [Trainer]
    public var cohorts: [Cohort]
    public var venues: [Venue]
    /// Dates on which at least one venue is open, in order.
    public var teachingDates: [LocalDate]
    /// Every closure falling in the period, as in ``TeachingCalendar/closedDates``.
    public var closures: [ClosedDate]

    /// Sums up `programme` over its teaching `calendar`.
    public init(programme: Programme, calendar: TeachingCalendar) {
        // The windows of a typical date: the calendar's, or the first venue's own when it has none.
        let typical = programme.calendar.windows.isEmpty
            ? (programme.venues.compactMap(\.windows).first ?? [])
            : programme.calendar.windows
        let dayMinutes = typical.reduce(0) { $0 + $1.end.minutes - $1.start.minutes }
        self.id = programme.id
        self.title = programme.title
        self.start = programme.calendar.start
        self.end = programme.calendar.end
        self.sessions = programme.sessions.count
        self.occurrences = programme.sessions.reduce(0) { $0 + $1.occurrences }
        self.teachingMinutes = programme.sessions.reduce(0) { total, session in
            let each: Int
            switch session.duration {
            case .minutes(let minutes): each = minutes
            case .windows(let count): each = typical.isEmpty ? 0 : (count * dayMinutes + typical.count / 2) / typical.count
            case .days(let count): each = count * dayMinutes
            }
            return total + each * session.occurrences
        }
        self.trainers = programme.trainers
        self.cohorts = programme.cohorts
        self.venues = programme.venues
        self.teachingDates = Set(programme.venues.flatMap { calendar.teachingDates(venue: $0.id) }).sorted()
        self.closures = calendar.closedDates
    }

    /// A readable multi-line summary in English, ending with a newline.
    public var text: String {
        var lines = [
            "Programme \(id): \(title)",
            "Period: \(start) to \(end)",
            "Sessions: \(sessions) (\(occurrences) occurrence\(occurrences == 1 ? "" : "s"), \(Self.duration(teachingMinutes)) of teaching)",
            "Trainers: \(trainers.count)" + Self.list(trainers.map(\.name)),
            "Cohorts: \(cohorts.count)" + Self.list(cohorts.map { "\($0.name), \($0.size) participants" }),
            "Venues: \(venues.count)" + Self.list(venues.map { "\($0.name), \($0.timezone)" }),
        ]
        if let first = teachingDates.first, let last = teachingDates.last {
            lines.append("Teaching dates: \(teachingDates.count), from \(first) to \(last)")
        } else {
            lines.append("Teaching dates: none")
        }
        if closures.isEmpty {
            lines.append("Closures: none")
        } else {
            lines.append("Closures: \(closures.count)")
            lines += Self.runs(of: closures).map { run in
                let dates = run.first == run.last ? "\(run.first)" : "\(run.first) to \(run.last)"
                return "  \(dates) \(run.reason)" + (run.venue.map { " (\($0))" } ?? "")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Consecutive dates closed for the same reason at the same venue, in order of their first date.
    private static func runs(of closures: [ClosedDate]) -> [(first: LocalDate, last: LocalDate, reason: String, venue: String?)] {
        var runs: [(first: LocalDate, last: LocalDate, reason: String, venue: String?)] = []
        for closure in closures {
            if let index = runs.lastIndex(where: { $0.reason == closure.reason && $0.venue == closure.venue }),
               runs[index].last.adding(days: 1) == closure.date {
                runs[index].last = closure.date
            } else {
                runs.append((closure.date, closure.date, closure.reason, closure.venue))
            }
        }
        return runs
    }

    private static func list(_ items: [String]) -> String {
        items.isEmpty ? "" : " (" + items.joined(separator: "; ") + ")"
    }

    /// `16 h 30 min`, `49 h`, `45 min`.
    private static func duration(_ minutes: Int) -> String {
        switch (minutes / 60, minutes % 60) {
        case (0, let m): "\(m) min"
        case (let h, 0): "\(h) h"
        case (let h, let m): "\(h) h \(m) min"
        }
    }
}
