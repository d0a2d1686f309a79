/// What `index.html` shows of a programme's latest releases, already worded in its language
/// (the CLI makes it from the release log).
public struct RecentChanges: Hashable, Sendable, Codable {
    /// The section's heading ("Modifications").
    public var heading: String
    /// Latest release first.
    public var releases: [Release]

    /// One release: its title ("Version 3 — dimanche 8 janvier 2023"), one line per change, and the
    /// link to its full report (relative to `index.html`).
    public struct Release: Hashable, Sendable, Codable {
        public var title: String
        public var lines: [String]
        public var link: String

        public init(title: String, lines: [String], link: String) {
            self.title = title
            self.lines = lines
            self.link = link
        }
    }

    public init(heading: String, releases: [Release]) {
        self.heading = heading
        self.releases = releases
    }
}
