/// Options of the HTML timetables.
public struct TimetableOptions: Hashable, Sendable, Codable {
    /// Public URL of the folder that will hold the `.ics` feeds (e.g. `https://example.org/cursus/`);
    /// when set, each feed also gets a `webcal://` subscribe button.
    public var feedBaseURL: String?
    /// The latest releases, shown on `index.html` when set.
    public var recentChanges: RecentChanges?

    public init(feedBaseURL: String? = nil, recentChanges: RecentChanges? = nil) {
        self.feedBaseURL = feedBaseURL
        self.recentChanges = recentChanges
    }
}
