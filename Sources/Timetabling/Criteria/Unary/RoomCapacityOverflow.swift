import Curriculum

/// Soft (preference `roomCapacity`, on by default with weight 1 unless the hard rule `roomCapacity`
/// is stated): each participant over a room's seats costs the weight (checker rule `room-capacity`, soft).
struct RoomCapacityOverflow: RoomCost {
    let weight: Int
    let participants: Int
    /// Seats of each room, by room index.
    let capacity: [Int]

    init(weight: Int, participants: Int, capacity: [Int]) {
        self.weight = weight
        self.participants = participants
        self.capacity = capacity
    }

    /// The weight of overflow in `programme`: the sum of its `roomCapacity` preferences; without one,
    /// 0 when the hard rule is stated, else the default weight.
    static func weight(in programme: Programme) -> Int {
        let stated = programme.preferences.filter { $0.kind == .roomCapacity }
        if !stated.isEmpty { return stated.reduce(0) { $0 + $1.weight } }
        return programme.rules.contains { $0.kind == .roomCapacity } ? 0 : Preference.defaultWeight(of: .roomCapacity)
    }

    func cost(room: Int) -> Int { weight * max(0, participants - capacity[room]) }
}
