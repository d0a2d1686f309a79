/// The solver's answer in problem terms: for each event its start period, room and pool trainer.
public struct Assignment: Hashable, Sendable {
    /// First period of each event (index into ``Problem/periods``), -1 when unplaced.
    public var start: [Int]
    /// Room index of each event (into ``Problem/roomIDs``), -1 for none.
    public var room: [Int]
    /// Chosen pool trainer (index into ``Problem/trainerIDs``), -1 when the session has no pool.
    public var trainer: [Int]

    public init(start: [Int], room: [Int], trainer: [Int]) {
        self.start = start
        self.room = room
        self.trainer = trainer
    }

    init(_ placement: Placement) {
        start = placement.start.map(Int.init)
        room = placement.room.map(Int.init)
        trainer = placement.trainer.map(Int.init)
    }
}
