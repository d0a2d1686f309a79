import Curriculum

/// What the unary rules of a programme read, prepared once per trainer, session, cohort, venue and
/// room rather than once per event and period (`ProblemBuilder.startRestrictions` and `startCosts`
/// pick the rules of one event).
struct UnaryRules {
    let calendar: PeriodCalendar
    let trainerAvailable: [PeriodMask]
    let sessionOpen: [PeriodMask]
    let cohortTaught: [PeriodMask]
    /// Each cohort's venue by day (see ``CohortStay/venues(of:dates:venueIndex:)``).
    let cohortVenues: [[Int]]
    let venueOpen: [PeriodMask]
    /// Each room's open periods and venue index (-1 unknown).
    let rooms: [(open: PeriodMask, venue: Int)]
    let roomCapacity: [Int]
    let roomCapacityRule: Rule?
    /// Sessions that must start when the day opens / end when it closes, with the rule's location.
    let firstOfDay: [(session: String, location: SourceLocation)]
    let lastOfDay: [(session: String, location: SourceLocation)]
    let overflowWeight: Int
    /// Whether room capacity overflow is a stated preference (then every room is a candidate, not only those with enough seats).
    let overflowIsPreferred: Bool
    let preferredTimes: [PreferredTimes]
    let avoidTimes: [AvoidTimes]
    let early: [Early]

    init(_ builder: ProblemBuilder) {
        let programme = builder.programme
        let problem = builder.problem
        let calendar = builder.periodCalendar
        self.calendar = calendar
        trainerAvailable = programme.trainers.map { TrainerAvailability.availablePeriods(of: $0, in: calendar) }
        sessionOpen = programme.sessions.map { SessionTimes.openPeriods(of: $0, in: calendar) }
        cohortTaught = programme.cohorts.map { CohortRhythm.taughtPeriods(of: $0, in: calendar) }
        cohortVenues = programme.cohorts.map { CohortStay.venues(of: $0, dates: problem.dates, venueIndex: builder.venueIndex) }
        venueOpen = builder.venueOpen.map { open in PeriodMask(count: calendar.count) { open[$0] } }
        rooms = programme.rooms.map { room in
            let v = builder.venueIndex[room.venue]
            return (PeriodMask(count: calendar.count) { p in v.map { builder.venueOpen[$0][p] } ?? false }, v ?? -1)
        }
        roomCapacity = programme.rooms.map(\.capacity)
        roomCapacityRule = programme.rules.first { $0.kind == .roomCapacity }
        firstOfDay = programme.rules.compactMap { r in
            if case .firstOfDay(let s) = r.kind { (s, r.location) } else { nil }
        }
        lastOfDay = programme.rules.compactMap { r in
            if case .lastOfDay(let s) = r.kind { (s, r.location) } else { nil }
        }
        overflowWeight = RoomCapacityOverflow.weight(in: programme)
        overflowIsPreferred = programme.preferences.contains { $0.kind == .roomCapacity }
        var preferred: [PreferredTimes] = [], avoid: [AvoidTimes] = [], early: [Early] = []
        let late = programme.preferences.contains { if case .early = $0.kind { true } else { false } }
            ? Early.lateness(venues: builder.venues, opening: OpeningWindows(builder.calendar, venues: builder.venues), calendar: calendar,
                             grain: builder.grainMinutes)
            : []
        for preference in programme.preferences {
            switch preference.kind {
            case .preferredTimes(let trainer, let session, let times):
                preferred.append(PreferredTimes(trainer: trainer, session: session, times: times, weight: preference.weight, calendar: calendar))
            case .avoidTimes(let trainer, let session, let times):
                avoid.append(AvoidTimes(trainer: trainer, session: session, times: times, weight: preference.weight, calendar: calendar))
            case .early(let session):
                early.append(Early(session: session, weight: preference.weight, late: late))
            default:
                break
            }
        }
        preferredTimes = preferred
        avoidTimes = avoid
        self.early = early
    }

    /// The room restrictions of an event of `participants` participants.
    func roomRestrictions(participants: Int) -> [any RoomRestriction] {
        roomCapacityRule.map { [HardRoomCapacity(rule: $0, participants: participants, capacity: roomCapacity)] } ?? []
    }

    /// The venue its cohorts require of an event on each day.
    func commonVenue(of session: Session, cohorts: [Int]) -> CommonVenue {
        CommonVenue(session: session, cohortVenues: cohorts.map { cohortVenues[$0] }, calendar: calendar)
    }

    /// The pool restriction of an event with pool trainers `pool` (nil without a pool).
    func trainerPool(of session: Session, pool: [Int]) -> TrainerPool? {
        pool.isEmpty ? nil : TrainerPool(session: session, available: pool.map { trainerAvailable[$0] })
    }
}
