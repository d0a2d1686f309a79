import Foundation
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
