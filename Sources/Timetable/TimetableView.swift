public import Curriculum
import Foundation

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

    /// `cohort-…`, `trainer-…` or `room-…`, followed by the id reduced to lower-case letters, digits and `-`.
    var fileStem: String {
        let kind: String
        switch self {
        case .cohort: kind = "cohort"
        case .trainer: kind = "trainer"
        case .room: kind = "room"
        }
        return kind + "-" + TimetableView.slug(id)
    }

    static func slug(_ text: String) -> String {
        var slug = ""
        for scalar in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-"), !slug.isEmpty {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "x" : slug
    }
}
