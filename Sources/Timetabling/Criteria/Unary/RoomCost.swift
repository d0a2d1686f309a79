/// A soft unary rule of one event: what each candidate room costs, filled into the per-(event, room)
/// table `Problem.roomCost` by the compiler.
protocol RoomCost {
    /// The cost of using room `room` (an index into ``Problem/roomIDs``; 0 when satisfied).
    func cost(room: Int) -> Int
}
