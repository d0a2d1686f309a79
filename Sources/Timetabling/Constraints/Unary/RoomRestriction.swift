/// A hard unary rule of one event: the candidate rooms it leaves (see ``StartRestriction``).
protocol RoomRestriction {
    /// The rule in plain words, with where it is stated.
    var reason: UnplaceableEvent.Reason { get }
    /// Whether the event may use room `room` (an index into ``Problem/roomIDs``).
    func allows(room: Int) -> Bool
}
