/// A fixed piece of text of the printed timetables, the booklet and the calendar feeds, translated in `LabelTable`.
public enum Label: String, Hashable, Sendable, CaseIterable {
    case programme
    case atAGlance
    case weekGrids
    case weekOf
    case cohorts
    case trainers
    case rooms
    case venues
    case cohort
    case trainer
    case room
    case venue
    case time
    case session
    case speakers
    case organisedBy
    case calendarFeeds
    case subscribe
    case indexOfTrainers
    case indexOfVenues
    case periods
    case seats
    case noSessions
    case backToProgramme
    case pageAbbreviation
    /// The conjunction of a list ("A, B and C").
    case and
    /// After a heading repeated on the next page: "Jeudi 19 janvier 2023 (suite)".
    case continued
    /// Before the dates of the teaching on the cover when the programme also has long periods.
    case teaching
    /// Before the dates of several weeks listed together instead of drawn as grids.
    case weeks
    /// A cohort's travel day between two venues.
    case travel
    /// Before a session's module in a calendar event's description ("Module : Gouvernance").
    case module
}
