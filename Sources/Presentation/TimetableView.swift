public import Curriculum

/// One person's or place's timetable: a cohort's, a trainer's or a room's.
public enum TimetableView: Hashable, Sendable {
    case cohort(String)
    case trainer(String)
    case room(String)

    /// The id of the cohort, trainer or room.
    public var id: String {
        switch self {
        case .cohort(let id), .trainer(let id), .room(let id): id
        }
    }

    /// Whether the occurrence belongs to this view.
    public func includes(_ entry: ScheduledOccurrence) -> Bool {
        switch self {
        case .cohort(let id): entry.cohorts.contains(id)
        case .trainer(let id): entry.trainers.contains(id)
        case .room(let id): entry.room == id
        }
    }
}
