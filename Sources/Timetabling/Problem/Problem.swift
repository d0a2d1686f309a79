public import Curriculum

/// A programme compiled for the solver: immutable, integer-indexed, flat arrays only.
///
/// Periods are the global grid (every venue's opening windows cut into grains, sorted by date then
/// time); events are session occurrences; resources are trainers, rooms and cohorts unified as
/// `0..<trainerCount`, then rooms, then cohorts. Each event has a precomputed list of candidate
/// starts (its domain after every unary hard rule) and of candidate rooms, with unary soft costs.
/// Build one with ``ProblemCompiler/compile(_:calendar:)``.
public struct Problem: Sendable {
    // MARK: Names (for decoding and explanations)
    public internal(set) var sessionIDs: [String] = []
    public internal(set) var trainerIDs: [String] = []
    public internal(set) var roomIDs: [String] = []
    public internal(set) var cohortIDs: [String] = []
    public internal(set) var venueIDs: [String] = []
    /// The calendar the grid was cut from (the checker re-reads it).
    public internal(set) var calendar: TeachingCalendar
    /// Teaching dates that hold at least one period, ascending.
    public internal(set) var dates: [LocalDate] = []

    // MARK: Grid
    public internal(set) var periods: [Period] = []
    /// Opening windows of the grid (distinct date, time span and name), in period order.
    public internal(set) var windows: [GridWindow] = []
    var periodDay: [Int32] = []          // index into `dates`
    var periodWindow: [Int32] = []       // index into `windows`
    var periodWeek: [Int32] = []         // ISO week index from the first week
    var periodAbsStart: [Int32] = []     // minutes since midnight of the first date
    var periodAbsEnd: [Int32] = []
    var nextAdjacent: [Int32] = []       // -1 when the next period does not follow without a break
    var prevAdjacent: [Int32] = []
    var weekCount = 0

    // MARK: Resources
    public var trainerCount: Int { trainerIDs.count }
    public var roomCount: Int { roomIDs.count }
    public var cohortCount: Int { cohortIDs.count }
    public var resourceCount: Int { trainerCount + roomCount + cohortCount }
    var roomVenue: [Int32] = []
    var roomCapacity: [Int32] = []
    /// Prefix counts of open periods per room: `roomOpenPrefix[r * (P + 1) + p]`.
    var roomOpenPrefix: [Int32] = []

    // MARK: Events
    public internal(set) var eventSession: [Int32] = []
    /// 1-based occurrence number of each event.
    public internal(set) var eventOccurrence: [Int32] = []
    var participants: [Int32] = []
    /// Fixed resources (trainers all-of, cohorts) as resource ids, CSR by event.
    var fixedOffsets: [Int32] = [0]
    var fixedResources: [Int32] = []
    /// Cohort indices by event.
    var cohortOffsets: [Int32] = [0]
    var eventCohorts: [Int32] = []
    /// Pool trainers (trainer indices) by event; an event picks one.
    var poolOffsets: [Int32] = [0]
    var poolTrainers: [Int32] = []
    /// Candidate starts by event: first period, number of periods, venue required (-1: any).
    var candOffsets: [Int32] = [0]
    var candPeriod: [Int32] = []
    var candLength: [Int32] = []
    var candVenue: [Int32] = []
    /// Per (candidate, pool choice): `choiceBase[e] + c * choiceWidth[e] + k`.
    var choiceBase: [Int32] = []
    var choiceWidth: [Int32] = []
    /// Whether pool trainer `k` can run candidate `c` (always 1 without a pool).
    var choiceAllowed: [UInt8] = []
    /// Unary soft cost of (candidate, pool choice): time preferences, `early`.
    var choiceCost: [Int32] = []
    /// Candidate index of each (event, period), -1 when the period is no start of the event.
    var candidateAt: [Int32] = []
    /// Candidate rooms by event (room indices) with their unary soft cost (capacity overflow).
    var roomOffsets: [Int32] = [0]
    var roomList: [Int32] = []
    var roomCost: [Int32] = []

    // MARK: Rules
    var arcs: [OrderArc] = []
    /// Arc indices incident to each event, CSR.
    var arcOffsets: [Int32] = [0]
    var arcIndex: [Int32] = []
    var sameDayGroups: [EventGroup] = []
    var differentDayGroups: [EventGroup] = []
    var moduleGroups: [EventGroup] = []
    var weeklyLoads: [CohortLoad] = []
    /// Travel minutes between venues, `venue * V + venue`, 0 when none is stated.
    var travelMinutes: [Int32] = []
    var spreadGroups: [EventGroup] = []
    /// Compactness weight per cohort (0: off).
    var compactnessWeight: [Int32] = []
    var roomStabilityWeight: Int32 = 0
    /// Events of each session, CSR by session.
    var sessionEventOffsets: [Int32] = [0]
    var sessionEvents: [Int32] = []
    /// Largest soft weight stated (scales the annealing temperature).
    var maxSoftWeight: Int = 1

    init(calendar: TeachingCalendar) { self.calendar = calendar }

    public var eventCount: Int { eventSession.count }
    public var periodCount: Int { periods.count }
    public var dayCount: Int { dates.count }

    /// Number of candidate starts of event `e`.
    public func candidateCount(of e: Int) -> Int { Int(candOffsets[e + 1] - candOffsets[e]) }
    /// Number of candidate rooms of event `e`.
    public func roomCandidateCount(of e: Int) -> Int { Int(roomOffsets[e + 1] - roomOffsets[e]) }
}
