/// One publication that changed something: `releases/<number>/release.json`.
public struct Release: Hashable, Sendable, Codable {
    public var number: Int
    /// When it was published (ISO 8601 UTC, the schedule's `published`).
    public var published: String
    /// One line: what changed and who is concerned (``ChangeReport/summary``).
    public var summary: String
    /// SHA-256 of the curriculum file it was solved from, `sha256:<hex>`.
    public var input: String
    /// Everyone concerned, each with the stem of their notice files (`notices/<stem>.txt`, `.eml`).
    public var recipients: [Entry]

    /// A recipient of a release.
    public struct Entry: Hashable, Sendable, Codable {
        public var kind: Recipient.Kind
        public var id: String
        public var name: String
        public var notice: String
    }

    public init(number: Int, published: String, summary: String, input: String, recipients: [Recipient]) {
        self.number = number
        self.published = published
        self.summary = summary
        self.input = input
        self.recipients = recipients.map { Entry(kind: $0.kind, id: $0.id, name: $0.name, notice: $0.fileStem) }
    }
}
