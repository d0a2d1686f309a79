import Curriculum
import Presentation

/// What a view's week grids show besides its occurrences: the days without teaching at the view's
/// venues, with their names (public holidays, named breaks, a cohort's travel days), and the long
/// periods around its weeks (named breaks, and a cohort's blocks such as an immersion).
///
/// A view's venues on a date: a cohort's stay there (else the venues of its occurrences), a room's
/// venue, a trainer's venues that week; with a single venue in the programme, that one.
struct CalendarMarks: Sendable {
    /// A long period shown between or after the weeks.
    struct Period: Hashable, Sendable {
        var title: String
        var from: LocalDate
        var to: LocalDate
    }

    private let directory: ProgrammeDirectory
    private let view: TimetableView
    private let calendar: TeachingCalendar
    private let blocks: [ScheduledBlock]

    init(directory: ProgrammeDirectory, view: TimetableView, blocks: [ScheduledBlock]) {
        self.directory = directory
        self.view = view
        self.blocks = blocks
        calendar = TeachingCalendar(programme: directory.programme)
    }

    /// The venues where the view may be on `date`, given the occurrences of its week.
    func venues(on date: LocalDate, weekEntries: [ScheduledOccurrence]) -> [String] {
        let programme = directory.programme
        if programme.venues.count == 1 { return programme.venues.map(\.id) }
        switch view {
        case .room(let id):
            return directory.room(id).map { [$0.venue] } ?? []
        case .cohort(let id):
            if let stay = directory.cohort(id)?.stays.first(where: { $0.from <= date && date <= $0.to }) { return [stay.venue] }
        case .trainer:
            break
        }
        var venues: [String] = []
        for entry in weekEntries where !venues.contains(entry.venue) { venues.append(entry.venue) }
        return venues
    }

    /// Why `date` has no teaching for the view ("Ognissanti", "Vacances d'hiver", "Voyage : A → B"),
    /// or nil when nothing closes it.
    func mark(on date: LocalDate, weekEntries: [ScheduledOccurrence]) -> String? {
        let l10n = directory.localization
        if case .cohort(let id) = view, let travel = directory.cohort(id)?.travelDays.first(where: { $0.date == date }) {
            return l10n.labelled(l10n.text(.travel), directory.venueName(travel.from) + " → " + directory.venueName(travel.to))
        }
        for venue in venues(on: date, weekEntries: weekEntries) {
            if let closed = calendar.isClosed(date: date, venue: venue) { return l10n.typeset(closed.reason) }
        }
        return nil
    }

    /// The named breaks that overlap `first…last` at the view's venues, and the blocks of a cohort
    /// view, in date order.
    func periods(from first: LocalDate, to last: LocalDate, venues: [String]) -> [Period] {
        var periods: [Period] = []
        for closure in directory.programme.calendar.closures {
            guard case .period(let name, let from, let to) = closure.kind, from <= last, to >= first else { continue }
            if let venue = closure.venue, !venues.contains(venue) { continue }
            periods.append(Period(title: directory.localization.typeset(name), from: from, to: to))
        }
        if case .cohort(let id) = view {
            for block in blocks where block.cohorts.isEmpty || block.cohorts.contains(id) {
                periods.append(Period(title: directory.localization.typeset(block.title), from: block.from, to: block.to))
            }
        }
        return periods.sorted { ($0.from, $0.to, $0.title) < ($1.from, $1.to, $1.title) }
    }
}
