/// The dated calendar of a programme: which windows are open at each venue on each date, and which
/// dates are closed and why.
///
/// Dates run from the programme calendar's `start` to its `end`. A date is open at a venue when its
/// weekday is one of the venue's weekdays (or the calendar's) and no closure applies there; it then
/// has the venue's windows (or the calendar's). A per-date override replaces the windows of its date
/// (empty windows close it): a venue-specific override applies whatever the weekday (so it can open a
/// Saturday) and beats a whole-programme one, which changes only the venue's teaching weekdays (so
/// "Friday closes at lunch" does not open a venue that is closed on Fridays). Closures are the public
/// holidays of `.publicHolidays` closures for every year the period spans, the dates of `.period`
/// closures, and `extraClosures`; `.calendarFile` closures are read by the ICalendar module and passed
/// in as `extraClosures`. A closure beats an override.
public struct TeachingCalendar: Sendable {
    /// The rules the calendar was built from.
    public let calendar: ProgrammeCalendar
    /// Every closure falling on a date of the period, sorted by date, whole-programme closures first,
    /// then by venue and reason.
    public let closedDates: [ClosedDate]
    private let venues: [Venue]
    /// Lookup tables only (never iterated).
    private let closuresByDate: [LocalDate: [ClosedDate]]
    private let overridesByDate: [LocalDate: [DateOverride]]

    /// Builds the calendar of `programme`.
    /// - Parameter extraClosures: closures found elsewhere, e.g. the all-day events of `.ics` files;
    ///   those outside the period are dropped.
    /// - Complexity: O(d + c) for d dates in the period and c closed dates.
    public init(programme: Programme, extraClosures: [ClosedDate] = []) {
        let calendar = programme.calendar
        let inPeriod = { (date: LocalDate) in calendar.start <= date && date <= calendar.end }
        var closed: [ClosedDate] = []
        for closure in calendar.closures {
            switch closure.kind {
            case .publicHolidays(let country, let region):
                for year in calendar.start.year...max(calendar.start.year, calendar.end.year) {
                    for holiday in PublicHolidays.holidays(country: country, region: region, year: year)
                    where inPeriod(holiday.date) {
                        closed.append(ClosedDate(date: holiday.date, reason: holiday.name, venue: closure.venue, source: closure.location))
                    }
                }
            case .period(let name, let from, let to):
                for date in max(from, calendar.start).through(min(to, calendar.end)) {
                    closed.append(ClosedDate(date: date, reason: name, venue: closure.venue, source: closure.location))
                }
            case .calendarFile:
                continue
            }
        }
        closed += extraClosures.filter { inPeriod($0.date) }
        self.calendar = calendar
        self.venues = programme.venues
        self.closedDates = closed.sorted(by: ClosedDate.precedes)
        self.closuresByDate = Dictionary(grouping: closedDates, by: \.date)
        self.overridesByDate = Dictionary(grouping: calendar.overrides.filter { inPeriod($0.date) }, by: \.date)
    }

    /// The open windows of `venue` over the whole period, sorted by date then start; empty for an
    /// unknown venue.
    /// - Complexity: O(d · w) for d dates in the period and w windows a date.
    public func openWindows(venue: String) -> [OpenWindow] {
        guard let place = venues.first(where: { $0.id == venue }) else { return [] }
        return calendar.start.through(calendar.end).flatMap { date in
            windows(on: date, at: place)
                .map { OpenWindow(date: date, window: $0.name, start: $0.start, end: $0.end) }
                .sorted { ($0.start, $0.end, $0.window) < ($1.start, $1.end, $1.window) }
        }
    }

    /// The dates on which `venue` has at least one open window, in order.
    public func teachingDates(venue: String) -> [LocalDate] {
        var dates: [LocalDate] = []
        for window in openWindows(venue: venue) where dates.last != window.date {
            dates.append(window.date)
        }
        return dates
    }

    /// The first closure (in ``closedDates`` order) that closes `date` at `venue`, or nil when none does.
    ///
    /// A date emptied by an override, or outside the teaching weekdays, has no windows but is not a closure.
    public func isClosed(date: LocalDate, venue: String) -> ClosedDate? {
        closuresByDate[date]?.first { $0.applies(to: venue) }
    }

    /// The windows `place` opens on `date`, before sorting.
    private func windows(on date: LocalDate, at place: Venue) -> [TimeWindow] {
        if isClosed(date: date, venue: place.id) != nil { return [] }
        let overrides = overridesByDate[date] ?? []
        if let own = overrides.first(where: { $0.venue == place.id }) { return own.windows }
        guard (place.weekdays ?? calendar.weekdays).contains(date.weekday) else { return [] }
        if let global = overrides.first(where: { $0.venue == nil }) { return global.windows }
        return place.windows ?? calendar.windows
    }
}
