/// A hard constraint or soft criterion: everything the search needs of one rule.
///
/// `add(e)` is called after `e`'s position is written in the placement and returns the cost
/// change; `remove(e)` is called while it is still written, before it is cleared. Only placed
/// events count, so a move of several events is a sequence of removes then adds. A move of one
/// event's room alone calls ``removeRoom(_:_:_:)`` before the room is changed and
/// ``addRoom(_:from:_:_:)`` after, on the rules whose cost depends on rooms
/// (``dependsOnRooms``). `cost(of:)` recounts the cost from scratch, independently of the
/// incremental state; the score audit (``SolverOptions/checksIncrementalCost``) compares the two.
///
/// The engine holds its rules in a ``RuleList`` (a statically typed list, see ``EngineRules``):
/// a new rule is one file conforming to this protocol, one entry in ``EngineRules``, and its tests.
protocol IncrementalConstraint: Sendable {
    /// The rule's name in score audits ("resource clash").
    static var name: String { get }
    /// Whether a violation is a hard one (else its cost is soft).
    static var isHard: Bool { get }
    /// Whether the cost depends on the events' rooms (room-only moves skip the others).
    static var dependsOnRooms: Bool { get }
    /// Whether the rule can be inactive in some problems (then ``isActive(in:)`` is asked once per
    /// search, and an inactive rule is skipped on every move); false for rules that always run.
    static var canBeInactive: Bool { get }
    /// Whether the rule can cost anything in `problem`.
    static func isActive(in problem: Problem) -> Bool
    /// The cost of the empty placement (e.g. minimums not met), the base of the incremental total.
    static func baseCost(_ problem: Problem) -> Int

    init(problem: Problem)
    mutating func add(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int
    mutating func remove(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int
    /// Before placed event `e` changes room only (time and trainer kept); `placement` still holds the old room.
    mutating func removeRoom(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int
    /// After placed event `e` moved from room `oldRoom` (-1: none) to the one `placement` holds.
    mutating func addRoom(_ e: Int, from oldRoom: Int, _ placement: Placement, _ problem: Problem) -> Int
    /// The cost of `placement` recounted from scratch.
    static func cost(of placement: Placement, problem: Problem) -> Int
}

extension IncrementalConstraint {
    static var canBeInactive: Bool { false }
    static func isActive(in problem: Problem) -> Bool { true }
    static func baseCost(_ problem: Problem) -> Int { 0 }

    @inline(__always)
    mutating func removeRoom(_ e: Int, _ placement: Placement, _ problem: Problem) -> Int { remove(e, placement, problem) }

    @inline(__always)
    mutating func addRoom(_ e: Int, from oldRoom: Int, _ placement: Placement, _ problem: Problem) -> Int { add(e, placement, problem) }
}
