public import Curriculum

/// Someone (or something) a change concerns: a trainer, a cohort or a room.
public struct Recipient: Hashable, Sendable, Codable, Comparable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case trainer, cohort, room

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    public var kind: Kind
    public var id: String
    /// Display name (the id when no name is known).
    public var name: String

    public init(kind: Kind, id: String, name: String) {
        self.kind = kind
        self.id = id
        self.name = name
    }

    /// Whether `occurrence` concerns this recipient (teaches it, attends it, or takes place in it).
    public func holds(_ occurrence: ScheduledOccurrence) -> Bool {
        switch kind {
        case .trainer: occurrence.trainers.contains(id)
        case .cohort: occurrence.cohorts.contains(id)
        case .room: occurrence.room == id
        }
    }

    /// The key of its name in ``Schedule/names``.
    var nameKey: String {
        switch kind {
        case .trainer: ScheduleNames.trainer(id)
        case .cohort: ScheduleNames.cohort(id)
        case .room: ScheduleNames.room(id)
        }
    }

    /// `<kind>-<id>` with the id reduced to lower-case ASCII letters, digits and single `-`, as feeds
    /// and timetables name their files (`trainer-blanc` for `trainer-blanc.ics`).
    public var fileStem: String { "\(kind.rawValue)-\(FileSlug.make(id))" }

    public static func < (lhs: Recipient, rhs: Recipient) -> Bool { (lhs.kind, lhs.id) < (rhs.kind, rhs.id) }

    /// Every recipient `occurrence` concerns, named from `names` (``ScheduleNames`` keys).
    static func all(of occurrence: ScheduledOccurrence, names: [String: String]) -> [Recipient] {
        let found = occurrence.trainers.map { Recipient(kind: .trainer, id: $0, name: "") }
            + occurrence.cohorts.map { Recipient(kind: .cohort, id: $0, name: "") }
            + (occurrence.room.map { [Recipient(kind: .room, id: $0, name: "")] } ?? [])
        return found.map { recipient in
            var named = recipient
            named.name = names[recipient.nameKey] ?? recipient.id
            return named
        }
    }
}
