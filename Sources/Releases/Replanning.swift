public import Curriculum

/// Re-planning against the published schedule (`exports/<programme>/schedule.json`): the programme
/// the solver gets when the past is frozen, and the stability preference that minimises changes.
public struct Replanning: Sendable {
    /// Weight of the stability preference added when the curriculum states none: each occurrence at
    /// another date or time than published costs it, and again in another room.
    public static let defaultStabilityWeight = 10

    /// The published schedule.
    public var published: Schedule
    /// Where it was read from (named by explanations).
    public var path: String
    public var freeze: FreezeLine?
    /// The `--freeze-until` value as typed (`2023-01-17`, `now`), for plain-words reasons.
    public var freezeText: String

    public init(published: Schedule, path: String, freeze: FreezeLine?, freezeText: String) {
        self.published = published
        self.path = path
        self.freeze = freeze
        self.freezeText = freezeText
    }

    /// The published occurrences that start before the freeze line, by time.
    public var frozen: [ScheduledOccurrence] {
        guard let freeze else { return [] }
        return published.entries.filter(freeze.holds)
    }

    /// Why a frozen occurrence cannot move, as explanations say it.
    public var reason: String { "already published and frozen by --freeze-until \(freezeText)" }

    /// `programme` with a stability preference against the published schedule (unless it states one)
    /// and every frozen occurrence pinned to its published start, room and pool trainer.
    /// - Throws: ``ReplanningError/frozenOccurrenceRemoved(_:freezeText:)`` when the curriculum no
    ///   longer has a frozen occurrence (its session or that occurrence number is gone).
    public func programme(_ programme: Programme) throws(ReplanningError) -> Programme {
        var result = programme
        let location = SourceLocation(file: path, line: 1, column: 1)
        let stated = programme.preferences.contains { if case .stability = $0.kind { true } else { false } }
        if !stated {
            result.preferences.append(Preference(
                .stability(previous: path), weight: Self.defaultStabilityWeight, location: location))
        }
        for entry in frozen {
            guard let s = result.sessions.firstIndex(where: { $0.id == entry.session }),
                  entry.occurrence <= result.sessions[s].occurrences
            else { throw .frozenOccurrenceRemoved(entry, freezeText: freezeText) }
            var session = result.sessions[s]
            var pins = session.pins.enumerated().map { k, pin in
                var explicit = pin
                explicit.occurrence = pin.occurrence ?? k + 1
                return explicit
            }
            pins.removeAll { $0.occurrence == entry.occurrence }
            pins.append(Pin(
                date: entry.date, time: entry.startTime, location: location, occurrence: entry.occurrence, room: entry.room,
                trainer: entry.trainers.first(where: session.trainerPool.contains), reason: reason))
            session.pins = pins.sorted { ($0.occurrence ?? 0) < ($1.occurrence ?? 0) }
            result.sessions[s] = session
        }
        return result
    }
}
