/// A soft rule: each violation adds its `weight` (times the size of the violation) to the soft cost.
public struct Preference: Hashable, Sendable, Codable {
    public enum Kind: Hashable, Sendable, Codable {
        /// Occurrences of the session (or all sessions of the trainer) should fall inside `times`;
        /// each occurrence outside costs the weight.
        case preferredTimes(trainer: String?, session: String?, times: [TimeSpec])
        /// Occurrences should avoid `times`; each occurrence inside costs the weight.
        case avoidTimes(trainer: String?, session: String?, times: [TimeSpec])
        /// The occurrences of a session should spread over at least `minDays` dates; each missing date costs the weight.
        case spread(session: String, minDays: Int)
        /// A cohort's sessions should not stand alone in a day: each session with no adjacent session
        /// of the same cohort that day costs the weight (nil: every cohort).
        case compactness(cohort: String?)
        /// All occurrences of a session should use one room: each extra room costs the weight.
        case roomStability
        /// Each participant over a room's seats costs the weight.
        case roomCapacity
        /// A cohort's weekly load should be even: each half-day above the cohort's weekly average
        /// (rounded up) costs the weight.
        case evenWeeklyLoad(cohort: String?)
        /// Each occurrence moved against a previously published `schedule.json` costs the weight:
        /// once for a different start (date or time), once more for a different room.
        case stability(previous: String)
        /// Occurrences should start as early in the day as possible: each period after the window's
        /// opening costs the weight.
        case early(session: String?)
        /// How much a trainer, cohort or room is taught (see ``LoadLimit``): each unit over costs the weight.
        case loadLimit(LoadLimit)
    }

    public var kind: Kind
    public var weight: Int
    public var location: SourceLocation

    public init(_ kind: Kind, weight: Int, location: SourceLocation = .synthetic("preference")) {
        self.kind = kind
        self.weight = weight
        self.location = location
    }

    /// Weight used when the file does not set one.
    public static func defaultWeight(of kind: Kind) -> Int {
        switch kind {
        case .preferredTimes, .avoidTimes: return 3
        case .spread: return 5
        case .compactness: return 2
        case .roomStability, .roomCapacity: return 1
        case .evenWeeklyLoad: return 1
        case .stability: return 1
        case .early: return 1
        case .loadLimit: return 5
        }
    }
}
