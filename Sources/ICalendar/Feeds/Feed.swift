/// One iCalendar feed, ready to be written to `exports/<programme>/<fileName>`.
///
/// File names (the HTML timetables' page names with `.ics`: ids lower-cased, accents dropped, runs of
/// other characters than ASCII letters and digits made one `-`):
/// - `<programme id>.ics`: every occurrence and block of the programme;
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
