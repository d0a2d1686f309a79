extension LabelTable {
    /// The labels in English (`en`).
    static func english(_ label: Label) -> String {
        switch label {
        case .programme: "Programme"
        case .atAGlance: "Day by day"
        case .weekGrids: "Weekly timetables"
        case .weekOf: "Week of"
        case .cohorts: "Cohorts"
        case .trainers: "Trainers"
        case .rooms: "Rooms"
        case .venues: "Venues"
        case .cohort: "Cohort"
        case .trainer: "Trainer"
        case .room: "Room"
        case .venue: "Venue"
        case .time: "Time"
        case .session: "Session"
        case .speakers: "Speakers"
        case .organisedBy: "Organised by"
        case .calendarFeeds: "Calendar feeds"
        case .subscribe: "Subscribe"
        case .indexOfTrainers: "Index of trainers"
        case .indexOfVenues: "Index of venues"
        case .periods: "Periods"
        case .seats: "seats"
        case .noSessions: "No sessions."
        case .backToProgramme: "Back to the programme"
        case .pageAbbreviation: "p."
        case .`and`: "and"
        case .continued: "(continued)"
        case .teaching: "Teaching"
        case .weeks: "Weeks"
        case .travel: "Travel"
        case .module: "Module"
        }
    }
}
