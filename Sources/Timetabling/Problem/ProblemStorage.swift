public import Curriculum

/// The tables of a ``Problem``, held by reference so that the hot loop passes one pointer instead
/// of copying some sixty array references per call.
///
/// Its properties skip dynamic exclusivity checks (`@exclusivity(unchecked)`): they are written only
/// by the compiler, never while being read. `@unchecked Sendable`: the tables are written only by ``ProblemCompiler`` while it builds the
/// problem, before the problem is returned and shared; afterwards they are only read.
final class ProblemStorage: @unchecked Sendable {
    @exclusivity(unchecked) var sessionIDs: [String] = []
    @exclusivity(unchecked) var trainerIDs: [String] = []
    @exclusivity(unchecked) var roomIDs: [String] = []
    @exclusivity(unchecked) var cohortIDs: [String] = []
    @exclusivity(unchecked) var venueIDs: [String] = []
    @exclusivity(unchecked) var calendar: TeachingCalendar
    @exclusivity(unchecked) var dates: [LocalDate] = []
    @exclusivity(unchecked) var periods: [Period] = []
    @exclusivity(unchecked) var windows: [GridWindow] = []
    @exclusivity(unchecked) var periodDay: [Int32] = []          // index into `dates`
    @exclusivity(unchecked) var periodWindow: [Int32] = []       // index into `windows`
    @exclusivity(unchecked) var periodWeek: [Int32] = []         // ISO week index from the first week
    @exclusivity(unchecked) var periodAbsStart: [Int32] = []     // minutes since midnight of the first date
    @exclusivity(unchecked) var periodAbsEnd: [Int32] = []
    @exclusivity(unchecked) var nextAdjacent: [Int32] = []       // -1 when the next period does not follow without a break
    @exclusivity(unchecked) var prevAdjacent: [Int32] = []
    @exclusivity(unchecked) var roomVenue: [Int32] = []
    @exclusivity(unchecked) var roomCapacity: [Int32] = []
    @exclusivity(unchecked) var roomOpenPrefix: [Int32] = []
    @exclusivity(unchecked) var eventSession: [Int32] = []
    @exclusivity(unchecked) var eventOccurrence: [Int32] = []
    @exclusivity(unchecked) var participants: [Int32] = []
    @exclusivity(unchecked) var fixedOffsets: [Int32] = [0]
    @exclusivity(unchecked) var fixedResources: [Int32] = []
    @exclusivity(unchecked) var cohortOffsets: [Int32] = [0]
    @exclusivity(unchecked) var eventCohorts: [Int32] = []
    @exclusivity(unchecked) var poolOffsets: [Int32] = [0]
    @exclusivity(unchecked) var poolTrainers: [Int32] = []
    @exclusivity(unchecked) var candOffsets: [Int32] = [0]
    @exclusivity(unchecked) var candPeriod: [Int32] = []
    @exclusivity(unchecked) var candLength: [Int32] = []
    @exclusivity(unchecked) var candVenue: [Int32] = []
    @exclusivity(unchecked) var choiceBase: [Int32] = []
    @exclusivity(unchecked) var choiceWidth: [Int32] = []
    @exclusivity(unchecked) var choiceAllowed: [UInt8] = []
    @exclusivity(unchecked) var choiceCost: [Int32] = []
    @exclusivity(unchecked) var candidateAt: [Int32] = []
    @exclusivity(unchecked) var roomOffsets: [Int32] = [0]
    @exclusivity(unchecked) var roomList: [Int32] = []
    @exclusivity(unchecked) var roomCost: [Int32] = []
    @exclusivity(unchecked) var roomStartBase: [Int32] = []
    @exclusivity(unchecked) var roomStartCost: [Int32] = []
    @exclusivity(unchecked) var arcs: [OrderArc] = []
    @exclusivity(unchecked) var arcOffsets: [Int32] = [0]
    @exclusivity(unchecked) var arcIndex: [Int32] = []
    @exclusivity(unchecked) var sameDayGroups: [EventGroup] = []
    @exclusivity(unchecked) var differentDayGroups: [EventGroup] = []
    @exclusivity(unchecked) var moduleGroups: [EventGroup] = []
    @exclusivity(unchecked) var weeklyLoads: [CohortLoad] = []
    @exclusivity(unchecked) var loadLimits: [ResourceLoadLimit] = []
    @exclusivity(unchecked) var travelMinutes: [Int32] = []
    @exclusivity(unchecked) var spreadGroups: [EventGroup] = []
    @exclusivity(unchecked) var compactnessWeight: [Int32] = []
    @exclusivity(unchecked) var roomStabilityWeight: Int32 = 0
    @exclusivity(unchecked) var evenLoadWeight: [Int32] = []
    @exclusivity(unchecked) var evenLoadWeeks: [Int32] = []
    @exclusivity(unchecked) var sessionEventOffsets: [Int32] = [0]
    @exclusivity(unchecked) var sessionEvents: [Int32] = []
    @exclusivity(unchecked) var maxSoftWeight: Int = 1

    init(calendar: TeachingCalendar) { self.calendar = calendar }
}
