/// A font: DejaVu Sans (found through fontconfig) at an absolute size in points.
struct Font: Hashable, Sendable {
    var size: Double
    var bold = false
    var italic = false
}
