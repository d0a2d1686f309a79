/// A fixed piece of text of the printed timetables and booklet, translated in `LabelTable`.
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
}
