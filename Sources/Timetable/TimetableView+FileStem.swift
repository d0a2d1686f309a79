import Curriculum
import Presentation

extension TimetableView {
    /// `cohort-…`, `trainer-…` or `room-…`, followed by the id reduced to lower-case letters, digits and `-`.
    var fileStem: String {
        let kind: String
        switch self {
        case .cohort: kind = "cohort"
        case .trainer: kind = "trainer"
        case .room: kind = "room"
        }
        return kind + "-" + FileSlug.make(id)
    }
}
