import Curriculum

/// The open windows of each venue on each date, read once from a ``TeachingCalendar`` into
/// arrays indexed by venue and date (weekdays, overrides, holidays, breaks already applied).
struct OpeningWindows: Sendable {
    private let start: LocalDate
    private let venueIndex: [String: Int]
    /// `windows[venue][date offset]`, sorted by start.
    private let windows: [[[TimeWindow]]]

    init(_ calendar: TeachingCalendar, venues: [Venue]) {
        start = calendar.calendar.start
        let days = max(0, calendar.calendar.end.dayNumber - start.dayNumber + 1)
        var index: [String: Int] = [:]
        var table: [[[TimeWindow]]] = []
        for venue in venues where index[venue.id] == nil {
            index[venue.id] = table.count
            var perDate: [[TimeWindow]] = Array(repeating: [], count: days)
            for w in calendar.openWindows(venue: venue.id) {
                perDate[w.date.dayNumber - start.dayNumber].append(TimeWindow(name: w.window, start: w.start, end: w.end))
            }
            table.append(perDate)
        }
        venueIndex = index
        windows = table
    }

    /// Windows of `venue` on `date`, sorted by start; empty when closed.
    func windows(of venue: Venue, on date: LocalDate) -> [TimeWindow] {
        guard let v = venueIndex[venue.id] else { return [] }
        let offset = date.dayNumber - start.dayNumber
        return windows[v].indices.contains(offset) ? windows[v][offset] : []
    }
}
