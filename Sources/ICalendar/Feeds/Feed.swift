/// One iCalendar feed, ready to be written to `exports/<programme>/<fileName>`.
///
/// File names (ids with any character outside `A–Z a–z 0–9 . _ -` replaced by `_`):
/// - `<programme>.ics`: every occurrence and block of the programme;
/// - `trainer-<trainer>.ics`, `room-<room>.ics`, `cohort-<cohort>.ics`: one per trainer, room and cohort
///   of the programme (a cohort's feed also holds the blocks of that cohort and those of every cohort);
/// - `venue-<venue>.ics`: one per venue, only when the programme has several.
public struct Feed: Hashable, Sendable {
    public var fileName: String
    /// The calendar's name (X-WR-CALNAME).
    public var title: String
    /// The whole iCalendar text: CRLF line ends, lines folded at 75 octets.
    public var text: String

    public init(fileName: String, title: String, text: String) {
        self.fileName = fileName
        self.title = title
        self.text = text
    }
}
