/// The cancellation of a published event that left the feed.
extension CalendarObject {
    /// A copy of the object with every event `STATUS:CANCELLED` and its SEQUENCE raised by one
    /// above the object's highest.
    public func cancelled() -> CalendarObject {
        guard let pointer = LibicalCalls.parse(text) else { return self }
        let object = ComponentHandle(owning: pointer)
        for event in LibicalCalls.children(of: object.pointer) where LibicalCalls.kindName(of: event) == "VEVENT" {
            LibicalCalls.removeProperties(named: "STATUS", from: event)
            LibicalCalls.removeProperties(named: "SEQUENCE", from: event)
            LibicalCalls.addStatus(cancelled: true, to: event)
            LibicalCalls.addSequence(sequence + 1, to: event)
        }
        return CalendarObject(uid: uid, object: object)
    }
}
