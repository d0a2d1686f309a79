import Curriculum

/// One thing a planner wrote that restricts the timetable (a rule, a pin, a trainer's availability,
/// a cohort's weekly load, a closure, a room's seats…): the unit an explanation removes or keeps.
struct ConstraintGroup: Hashable, Sendable {
    /// What the group is, by position in the programme; used to relax it.
    enum Key: Hashable, Sendable {
        case rule(Int)
        case pin(session: Int, pin: Int)
        case sessionAllowed(Int)
        case sessionUnavailable(session: Int, entry: Int)
        case sessionRooms(Int)
        case trainerAvailable(Int)
        case trainerUnavailable(trainer: Int, entry: Int)
        case cohortRhythm(Int)
        case cohortWeeklyLoad(Int)
        case cohortStay(cohort: Int, stay: Int)
        /// A cohort with stays is taught only during them.
        case cohortOnlyDuringStays(Int)
        case cohortTravelDay(cohort: Int, day: Int)
        /// A closure of the calendar (after public holidays are expanded to one closure per date).
        case closure(Int)
        /// A per-date override that closes a date (`windows: []`).
        case closingOverride(Int)
        case roomCapacity(Int)
        /// The travel time between two venues (both directions), by venue index, lower first.
        case travelTime(Int, Int)
    }

    var key: Key
    /// Where the planner wrote it.
    var location: SourceLocation
    /// The group in plain words.
    var sentence: String

    init(key: Key, location: SourceLocation, sentence: String) {
        self.key = key
        self.location = location
        self.sentence = sentence
    }
}
