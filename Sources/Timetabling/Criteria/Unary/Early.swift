import Curriculum

/// Soft (preference `early`): each grain an occurrence of the session (of any session when none is
/// named) starts after its venue's window opens costs the weight (checker rule `early`).
///
/// The venue is the occurrence's: its room's, else its cohorts' stay's, else the one the compiler
/// picks. Venues may open at different times, so the cost depends on the start and the venue; the
/// compiler puts it in `choiceCost` when each candidate start has one venue, else per (start, room)
/// in `roomStartCost`.
struct Early {
    /// The session id the preference is about (nil: any).
    let session: String?
    let weight: Int
    /// `late[v][p]`: grains between the opening of venue `v`'s window holding period `p` and `p`
    /// (0 when `v` is closed then); see ``lateness(venues:opening:calendar:grain:)``.
    let late: [[Int]]

    init(session: String?, weight: Int, late: [[Int]]) {
        self.session = session
        self.weight = weight
        self.late = late
    }

    /// For each venue and period, the grains of the venue's window that end at or before the period starts.
    static func lateness(venues: [Venue], opening: OpeningWindows, calendar: PeriodCalendar, grain: Int?) -> [[Int]] {
        venues.map { venue in
            (0..<calendar.count).map { p in
                let start = calendar.start[p].minutes
                guard let grain,
                      let window = opening.windows(of: venue, on: calendar.date[p]).first(where: { $0.start.minutes <= start && start < $0.end.minutes })
                else { return 0 }
                return (start - window.start.minutes) / grain
            }
        }
    }

    /// Whether the preference is about session `id`.
    func applies(to id: String) -> Bool { session.map { $0 == id } ?? true }

    /// The cost of starting at period `start` at venue `venue` (-1 unknown: nothing).
    func cost(start: Int, venue: Int) -> Int { venue < 0 ? 0 : weight * late[venue][start] }
}
