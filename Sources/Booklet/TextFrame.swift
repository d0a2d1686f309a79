/// How a text block is set: width for wrapping (nil: one unwrapped line), alignment, and a
/// maximum number of lines after which it is ellipsized (nil: never, the text wraps as long as it needs).
struct TextFrame: Hashable, Sendable {
    enum Alignment: Hashable, Sendable { case left, centre, right }

    var width: Double?
    var alignment: Alignment = .left
    var maximumLines: Int?
}
