/// Owns a libical recurrence iterator (RRULE expansion); frees it in `deinit`.
final class RecurrenceIteratorHandle {
    private let pointer: OpaquePointer

    /// nil when the RRULE property is not a valid rule.
    init?(rule property: OpaquePointer, start: ICalTime, zone: OpaquePointer?) {
        guard let pointer = LibicalCalls.newRecurrenceIterator(rule: property, start: start, zone: zone) else { return nil }
        self.pointer = pointer
    }

    deinit { LibicalCalls.freeRecurrenceIterator(pointer) }

    /// Skips the starts before `unix` (seconds since 1970, the iterator's `zone`); false when the
    /// rule does not allow it (COUNT), and nothing is skipped.
    func skip(to unix: Int, isDate: Bool, zone: OpaquePointer?) -> Bool {
        LibicalCalls.setStart(pointer, unix: unix, isDate: isDate, zone: zone)
    }

    /// The next start in the rule's local time, nil when the rule has no more.
    func next() -> ICalTime? { LibicalCalls.next(pointer) }
}
