import Curriculum

/// The opening windows of each venue on each date: weekdays, per-date overrides and named breaks.
///
/// A minimal expansion used until `TeachingCalendar` (Curriculum) lands; public holidays and
/// `.ics` closures are not applied here.
struct OpeningWindows: Sendable {
    let calendar: ProgrammeCalendar

    init(_ calendar: ProgrammeCalendar) { self.calendar = calendar }

    /// Windows of `venue` on `date`, sorted by start; empty when closed.
    func windows(of venue: Venue, on date: LocalDate) -> [TimeWindow] {
        guard date >= calendar.start, date <= calendar.end else { return [] }
        for closure in calendar.closures where closure.venue == nil || closure.venue == venue.id {
            if case .period(_, let from, let to) = closure.kind, date >= from, date <= to { return [] }
        }
        let own = calendar.overrides.first { $0.date == date && $0.venue == venue.id }
        let shared = calendar.overrides.first { $0.date == date && $0.venue == nil }
        if let override = own ?? shared { return override.windows.sorted { $0.start < $1.start } }
        guard (venue.weekdays ?? calendar.weekdays).contains(date.weekday) else { return [] }
        return (venue.windows ?? calendar.windows).sorted { $0.start < $1.start }
    }
}
