extension Country {
    /// The time zone of a venue in this country when the file states none.
    var defaultTimezone: String {
        switch self {
        case .france: return "Europe/Paris"
        case .italy: return "Europe/Rome"
        }
    }
}
