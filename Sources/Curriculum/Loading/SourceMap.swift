/// What the decoder saw where, for the checks that need more than the model keeps.
struct SourceMap {
    /// An element that others may refer to by id.
    struct Declaration {
        var kind: EntityKind
        var id: String
        var location: SourceLocation
    }

    /// An id used to refer to an element.
    struct Reference {
        var kind: EntityKind
        var id: String
        var location: SourceLocation
    }

    /// A date that must lie inside the programme period.
    struct LocatedDate {
        var date: LocalDate
        var location: SourceLocation
    }

    /// An opening window as written (calendar, venue or override).
    struct LocatedWindow {
        var window: TimeWindow
        var location: SourceLocation
    }

    /// A window name used by a time spec.
    struct WindowReference {
        var name: String
        var location: SourceLocation
    }

    /// An iCalendar file a key names (a closure calendar, a busy calendar), as resolved.
    struct CalendarFile {
        var path: String
        var location: SourceLocation
    }

    var declarations: [Declaration] = []
    var calendarFiles: [CalendarFile] = []
    var references: [Reference] = []
    var dates: [LocatedDate] = []
    var windows: [LocatedWindow] = []
    var windowReferences: [WindowReference] = []
    /// Where each session's duration is written, by the session's location.
    var durationLocations: [SourceLocation: SourceLocation] = [:]
}
