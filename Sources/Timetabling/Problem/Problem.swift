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
    public internal(set) var sessionIDs: [String] { get { storage.sessionIDs } set { storage.sessionIDs = newValue } _modify { yield &storage.sessionIDs } }
    public internal(set) var trainerIDs: [String] { get { storage.trainerIDs } set { storage.trainerIDs = newValue } _modify { yield &storage.trainerIDs } }
    public internal(set) var roomIDs: [String] { get { storage.roomIDs } set { storage.roomIDs = newValue } _modify { yield &storage.roomIDs } }
    public internal(set) var cohortIDs: [String] { get { storage.cohortIDs } set { storage.cohortIDs = newValue } _modify { yield &storage.cohortIDs } }
    public internal(set) var venueIDs: [String] { get { storage.venueIDs } set { storage.venueIDs = newValue } _modify { yield &storage.venueIDs } }
    /// The calendar the grid was cut from (the checker re-reads it).
    public internal(set) var calendar: TeachingCalendar { get { storage.calendar } set { storage.calendar = newValue } _modify { yield &storage.calendar } }
    /// Teaching dates that hold at least one period, ascending.
    public internal(set) var dates: [LocalDate] { get { storage.dates } set { storage.dates = newValue } _modify { yield &storage.dates } }

    // MARK: Grid
    public internal(set) var periods: [Period] { get { storage.periods } set { storage.periods = newValue } _modify { yield &storage.periods } }
    /// Opening windows of the grid (distinct date, time span and name), in period order.
    public internal(set) var windows: [GridWindow] { get { storage.windows } set { storage.windows = newValue } _modify { yield &storage.windows } }
    var periodDay: [Int32] { get { storage.periodDay } set { storage.periodDay = newValue } _modify { yield &storage.periodDay } }
    var periodWindow: [Int32] { get { storage.periodWindow } set { storage.periodWindow = newValue } _modify { yield &storage.periodWindow } }
    var periodWeek: [Int32] { get { storage.periodWeek } set { storage.periodWeek = newValue } _modify { yield &storage.periodWeek } }
    var periodAbsStart: [Int32] { get { storage.periodAbsStart } set { storage.periodAbsStart = newValue } _modify { yield &storage.periodAbsStart } }
    var periodAbsEnd: [Int32] { get { storage.periodAbsEnd } set { storage.periodAbsEnd = newValue } _modify { yield &storage.periodAbsEnd } }
    var nextAdjacent: [Int32] { get { storage.nextAdjacent } set { storage.nextAdjacent = newValue } _modify { yield &storage.nextAdjacent } }
    var prevAdjacent: [Int32] { get { storage.prevAdjacent } set { storage.prevAdjacent = newValue } _modify { yield &storage.prevAdjacent } }
    var weekCount = 0

    // MARK: Resources
    public var trainerCount: Int { trainerIDs.count }
    public var roomCount: Int { roomIDs.count }
    public var cohortCount: Int { cohortIDs.count }
    public var resourceCount: Int { trainerCount + roomCount + cohortCount }
    var roomVenue: [Int32] { get { storage.roomVenue } set { storage.roomVenue = newValue } _modify { yield &storage.roomVenue } }
    var roomCapacity: [Int32] { get { storage.roomCapacity } set { storage.roomCapacity = newValue } _modify { yield &storage.roomCapacity } }
    /// Prefix counts of open periods per room: `roomOpenPrefix[r * (P + 1) + p]`.
    var roomOpenPrefix: [Int32] { get { storage.roomOpenPrefix } set { storage.roomOpenPrefix = newValue } _modify { yield &storage.roomOpenPrefix } }

    // MARK: Events
    public internal(set) var eventSession: [Int32] { get { storage.eventSession } set { storage.eventSession = newValue } _modify { yield &storage.eventSession } }
    /// 1-based occurrence number of each event.
    public internal(set) var eventOccurrence: [Int32] { get { storage.eventOccurrence } set { storage.eventOccurrence = newValue } _modify { yield &storage.eventOccurrence } }
    var participants: [Int32] { get { storage.participants } set { storage.participants = newValue } _modify { yield &storage.participants } }
    /// Fixed resources (trainers all-of, cohorts) as resource ids, CSR by event.
    var fixedOffsets: [Int32] { get { storage.fixedOffsets } set { storage.fixedOffsets = newValue } _modify { yield &storage.fixedOffsets } }
    var fixedResources: [Int32] { get { storage.fixedResources } set { storage.fixedResources = newValue } _modify { yield &storage.fixedResources } }
    /// Cohort indices by event.
    var cohortOffsets: [Int32] { get { storage.cohortOffsets } set { storage.cohortOffsets = newValue } _modify { yield &storage.cohortOffsets } }
    var eventCohorts: [Int32] { get { storage.eventCohorts } set { storage.eventCohorts = newValue } _modify { yield &storage.eventCohorts } }
    /// Pool trainers (trainer indices) by event; an event picks one.
    var poolOffsets: [Int32] { get { storage.poolOffsets } set { storage.poolOffsets = newValue } _modify { yield &storage.poolOffsets } }
    var poolTrainers: [Int32] { get { storage.poolTrainers } set { storage.poolTrainers = newValue } _modify { yield &storage.poolTrainers } }
    /// Candidate starts by event: first period, number of periods, venue required (-1: any).
    var candOffsets: [Int32] { get { storage.candOffsets } set { storage.candOffsets = newValue } _modify { yield &storage.candOffsets } }
    var candPeriod: [Int32] { get { storage.candPeriod } set { storage.candPeriod = newValue } _modify { yield &storage.candPeriod } }
    var candLength: [Int32] { get { storage.candLength } set { storage.candLength = newValue } _modify { yield &storage.candLength } }
    var candVenue: [Int32] { get { storage.candVenue } set { storage.candVenue = newValue } _modify { yield &storage.candVenue } }
    /// Per (candidate, pool choice): `choiceBase[e] + c * choiceWidth[e] + k`.
    var choiceBase: [Int32] { get { storage.choiceBase } set { storage.choiceBase = newValue } _modify { yield &storage.choiceBase } }
    var choiceWidth: [Int32] { get { storage.choiceWidth } set { storage.choiceWidth = newValue } _modify { yield &storage.choiceWidth } }
    /// Whether pool trainer `k` can run candidate `c` (always 1 without a pool).
    var choiceAllowed: [UInt8] { get { storage.choiceAllowed } set { storage.choiceAllowed = newValue } _modify { yield &storage.choiceAllowed } }
    /// Unary soft cost of (candidate, pool choice): time preferences, `early`.
    var choiceCost: [Int32] { get { storage.choiceCost } set { storage.choiceCost = newValue } _modify { yield &storage.choiceCost } }
    /// Candidate index of each (event, period), -1 when the period is no start of the event.
    var candidateAt: [Int32] { get { storage.candidateAt } set { storage.candidateAt = newValue } _modify { yield &storage.candidateAt } }
    /// Candidate rooms by event (room indices) with their unary soft cost (capacity overflow).
    var roomOffsets: [Int32] { get { storage.roomOffsets } set { storage.roomOffsets = newValue } _modify { yield &storage.roomOffsets } }
    var roomList: [Int32] { get { storage.roomList } set { storage.roomList = newValue } _modify { yield &storage.roomList } }
    var roomCost: [Int32] { get { storage.roomCost } set { storage.roomCost = newValue } _modify { yield &storage.roomCost } }
    /// Unary soft cost of (candidate, room slot), for the events whose cost depends on both (an `early`
    /// preference with candidate rooms at several venues): `roomStartBase[e] + c * roomCandidateCount(of: e) + s`;
    /// `roomStartBase[e]` is -1 for the other events.
    var roomStartBase: [Int32] { get { storage.roomStartBase } set { storage.roomStartBase = newValue } _modify { yield &storage.roomStartBase } }
    var roomStartCost: [Int32] { get { storage.roomStartCost } set { storage.roomStartCost = newValue } _modify { yield &storage.roomStartCost } }

    // MARK: Rules
    var arcs: [OrderArc] { get { storage.arcs } set { storage.arcs = newValue } _modify { yield &storage.arcs } }
    /// Arc indices incident to each event, CSR.
    var arcOffsets: [Int32] { get { storage.arcOffsets } set { storage.arcOffsets = newValue } _modify { yield &storage.arcOffsets } }
    var arcIndex: [Int32] { get { storage.arcIndex } set { storage.arcIndex = newValue } _modify { yield &storage.arcIndex } }
    var sameDayGroups: [EventGroup] { get { storage.sameDayGroups } set { storage.sameDayGroups = newValue } _modify { yield &storage.sameDayGroups } }
    var differentDayGroups: [EventGroup] { get { storage.differentDayGroups } set { storage.differentDayGroups = newValue } _modify { yield &storage.differentDayGroups } }
    var moduleGroups: [EventGroup] { get { storage.moduleGroups } set { storage.moduleGroups = newValue } _modify { yield &storage.moduleGroups } }
    var weeklyLoads: [CohortLoad] { get { storage.weeklyLoads } set { storage.weeklyLoads = newValue } _modify { yield &storage.weeklyLoads } }
    /// Load limits (hard and soft) resolved per resource and measure.
    var loadLimits: [ResourceLoadLimit] { get { storage.loadLimits } set { storage.loadLimits = newValue } _modify { yield &storage.loadLimits } }
    /// Travel minutes between venues, `venue * V + venue`, 0 when none is stated.
    var travelMinutes: [Int32] { get { storage.travelMinutes } set { storage.travelMinutes = newValue } _modify { yield &storage.travelMinutes } }
    var spreadGroups: [EventGroup] { get { storage.spreadGroups } set { storage.spreadGroups = newValue } _modify { yield &storage.spreadGroups } }
    /// Compactness weight per cohort (0: off).
    var compactnessWeight: [Int32] { get { storage.compactnessWeight } set { storage.compactnessWeight = newValue } _modify { yield &storage.compactnessWeight } }
    var roomStabilityWeight: Int32 { get { storage.roomStabilityWeight } set { storage.roomStabilityWeight = newValue } _modify { yield &storage.roomStabilityWeight } }
    /// Even-weekly-load weight per cohort (0: off).
    var evenLoadWeight: [Int32] { get { storage.evenLoadWeight } set { storage.evenLoadWeight = newValue } _modify { yield &storage.evenLoadWeight } }
    /// ISO weeks in which each cohort has an open window (the divisor of its weekly average).
    var evenLoadWeeks: [Int32] { get { storage.evenLoadWeeks } set { storage.evenLoadWeeks = newValue } _modify { yield &storage.evenLoadWeeks } }
    /// Events of each session, CSR by session.
    var sessionEventOffsets: [Int32] { get { storage.sessionEventOffsets } set { storage.sessionEventOffsets = newValue } _modify { yield &storage.sessionEventOffsets } }
    var sessionEvents: [Int32] { get { storage.sessionEvents } set { storage.sessionEvents = newValue } _modify { yield &storage.sessionEvents } }
    /// Largest soft weight stated (scales the annealing temperature).
    var maxSoftWeight: Int { get { storage.maxSoftWeight } set { storage.maxSoftWeight = newValue } _modify { yield &storage.maxSoftWeight } }

    /// The tables, behind one reference so that passing a problem costs one pointer.
    let storage: ProblemStorage

    init(calendar: TeachingCalendar) { storage = ProblemStorage(calendar: calendar) }

    public var eventCount: Int { eventSession.count }
    public var periodCount: Int { periods.count }
    public var dayCount: Int { dates.count }

    /// Number of candidate starts of event `e`.
    public func candidateCount(of e: Int) -> Int { Int(candOffsets[e + 1] - candOffsets[e]) }
    /// Number of candidate rooms of event `e`.
    public func roomCandidateCount(of e: Int) -> Int { Int(roomOffsets[e + 1] - roomOffsets[e]) }
}
