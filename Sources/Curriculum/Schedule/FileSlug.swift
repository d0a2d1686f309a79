import Foundation

/// How exports name the files of a trainer, room, cohort or venue: the id reduced to lower-case
/// ASCII letters, digits and single `-` (accents dropped), `x` when nothing is left.
public enum FileSlug {
    /// `"Élodie Dupont"` → `"elodie-dupont"`.
    public static func make(_ id: String) -> String {
        var slug = ""
        for scalar in id.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "x" : slug
    }
}
