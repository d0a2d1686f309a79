/// Where every event currently is: the mutable part of a search, kept apart from the ``Problem``.
///
/// An event is placed at a candidate start `cand` (index into its domain), a room slot (index
/// into its candidate rooms, -1 when the programme has no rooms) and a pool choice; `start`,
/// `length`, `room` and `trainer` are derived and cached for the constraints.
struct Placement: Sendable, Hashable {
    var cand: [Int32]
    var slot: [Int32]
    var choice: [Int32]
    var start: [Int32]
    var length: [Int32]
    var room: [Int32]
    var trainer: [Int32]

    init(eventCount n: Int) {
        cand = Array(repeating: -1, count: n)
        slot = Array(repeating: -1, count: n)
        choice = Array(repeating: 0, count: n)
        start = Array(repeating: -1, count: n)
        length = Array(repeating: 0, count: n)
        room = Array(repeating: -1, count: n)
        trainer = Array(repeating: -1, count: n)
    }

    @inline(__always) func isPlaced(_ e: Int) -> Bool { start[e] >= 0 }
    /// Last period of a placed event.
    @inline(__always) func last(_ e: Int) -> Int { Int(start[e] + length[e] - 1) }

    /// Writes the position of `e` from its domain indices.
    mutating func set(_ e: Int, cand c: Int, slot s: Int, choice k: Int, problem: Problem) {
        let index = Int(problem.candOffsets[e]) + c
        cand[e] = Int32(c)
        slot[e] = Int32(s)
        choice[e] = Int32(k)
        start[e] = problem.candPeriod[index]
        length[e] = problem.candLength[index]
        room[e] = s >= 0 ? problem.roomList[Int(problem.roomOffsets[e]) + s] : -1
        let poolStart = Int(problem.poolOffsets[e])
        trainer[e] = problem.poolOffsets[e + 1] > problem.poolOffsets[e] ? problem.poolTrainers[poolStart + k] : -1
    }

    /// Changes only the room slot of placed event `e`.
    mutating func setRoom(_ e: Int, slot s: Int, problem: Problem) {
        slot[e] = Int32(s)
        room[e] = s >= 0 ? problem.roomList[Int(problem.roomOffsets[e]) + s] : -1
    }

    mutating func clear(_ e: Int) {
        cand[e] = -1
        slot[e] = -1
        choice[e] = 0
        start[e] = -1
        length[e] = 0
        room[e] = -1
        trainer[e] = -1
    }
}
