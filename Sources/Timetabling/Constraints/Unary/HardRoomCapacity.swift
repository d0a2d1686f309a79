import Curriculum

/// Hard (rule `roomCapacity`): no room holds more participants than its seats; smaller rooms leave
/// the event's candidate rooms (checker rule `room-capacity`, hard).
struct HardRoomCapacity: RoomRestriction {
    let reason: UnplaceableEvent.Reason
    let participants: Int
    /// Seats of each room, by room index.
    let capacity: [Int]

    init(rule: Rule, participants: Int, capacity: [Int]) {
        reason = .init(message: "rooms with fewer than \(participants) seats are excluded (room capacity rule)", location: rule.location)
        self.participants = participants
        self.capacity = capacity
    }

    func allows(room: Int) -> Bool { capacity[room] >= participants }
}
