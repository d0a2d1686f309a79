/// How a text block is set: width for wrapping (nil: one unwrapped line), alignment, a maximum
/// number of lines or a maximum height after which it is ellipsized (nil: never, the text wraps as
/// long as it needs), and whether a word too long for a line may be broken between letters.
struct TextFrame: Hashable, Sendable {
    enum Alignment: Hashable, Sendable { case left, centre, right }

    var width: Double?
    var alignment: Alignment = .left
    /// Lines per paragraph.
    var maximumLines: Int?
    /// Points, for the whole text (every paragraph); used when `maximumLines` is nil.
    var maximumHeight: Double?
    /// False: lines break between words only, and a word wider than the frame overflows it (check
    /// `TextLayout.size`); true: such a word is broken between letters.
    var breaksWords = true
}
