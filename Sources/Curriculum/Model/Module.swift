/// A group of sessions taught as one unit (a Cluny module, a workshop series).
public struct Module: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    /// Free label, e.g. `sector` or `method`.
    public var kind: String?
    public var description: String?
    public var location: SourceLocation

    public init(id: String, title: String, kind: String? = nil, description: String? = nil, location: SourceLocation = .synthetic("module")) {
        self.id = id
        self.title = title
        self.kind = kind
        self.description = description
        self.location = location
    }
}
