/// Which groups (of one rule kind) each event belongs to, CSR by event.
struct EventGroupMembership: Sendable {
    private(set) var offsets: [Int32]
    private(set) var groups: [Int32]

    init(_ groupList: [EventGroup], eventCount: Int) {
        var lists: [[Int32]] = Array(repeating: [], count: eventCount)
        for (g, group) in groupList.enumerated() {
            for e in group.events { lists[Int(e)].append(Int32(g)) }
        }
        offsets = [0]
        groups = []
        for list in lists {
            groups += list
            offsets.append(Int32(groups.count))
        }
    }

    /// Calls `body` with each group of event `e`.
    @inline(__always) func forEach(_ e: Int, _ body: (Int) -> Void) {
        for i in Int(offsets[e])..<Int(offsets[e + 1]) { body(Int(groups[i])) }
    }
}
