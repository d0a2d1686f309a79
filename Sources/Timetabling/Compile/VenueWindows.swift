import Curriculum

/// The open windows of each venue on each date, read from a ``TeachingCalendar`` (weekdays,
/// per-date overrides, public holidays, named breaks and imported closures all applied).
///
/// Shared by the compiler (the grid) and the checker, so both see the same opening hours.
struct VenueWindows: Sendable {
    let calendar: TeachingCalendar
    /// Lookup table only (never iterated): windows by venue id, then by date, sorted by start.
    private let byVenue: [String: [LocalDate: [TimeWindow]]]

    /// The windows of `venues` under `calendar`.
    init(_ calendar: TeachingCalendar, venues: [Venue]) {
        self.calendar = calendar
        var table: [String: [LocalDate: [TimeWindow]]] = [:]
        for venue in venues where table[venue.id] == nil {
            var dates: [LocalDate: [TimeWindow]] = [:]
            for w in calendar.openWindows(venue: venue.id) {
                dates[w.date, default: []].append(TimeWindow(name: w.window, start: w.start, end: w.end))
            }
            table[venue.id] = dates
        }
        byVenue = table
    }

    /// The calendar of `programme`, with a placeholder venue when it states none (so that
    /// programmes without venues still have the calendar's windows).
    static func calendar(of programme: Programme, placeholder: Venue) -> TeachingCalendar {
        var programme = programme
        if programme.venues.isEmpty { programme.venues = [placeholder] }
        return TeachingCalendar(programme: programme)
    }

    /// Windows of `venue` on `date`, sorted by start; empty when closed.
    func windows(of venue: String, on date: LocalDate) -> [TimeWindow] {
        byVenue[venue]?[date] ?? []
    }
}
