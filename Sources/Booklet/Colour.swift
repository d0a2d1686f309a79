/// A colour, components in 0…1.
struct Colour: Hashable, Sendable {
    var red: Double
    var green: Double
    var blue: Double

    static let text = Colour(red: 0.1, green: 0.1, blue: 0.1)
    static let muted = Colour(red: 0.27, green: 0.27, blue: 0.27)
    static let rule = Colour(red: 0.6, green: 0.6, blue: 0.6)
    static let faint = Colour(red: 0.82, green: 0.82, blue: 0.82)
    static let headerFill = Colour(red: 0.95, green: 0.95, blue: 0.95)
}
