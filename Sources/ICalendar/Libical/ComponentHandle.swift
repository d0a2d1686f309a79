/// Owns a top-level libical component (and so its children and properties); frees it in `deinit`.
///
/// Not `Sendable`: a component is used by one thread, the one that built or parsed it.
final class ComponentHandle {
    let pointer: OpaquePointer

    /// Takes ownership of `pointer`, which must not belong to another component.
    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
    }

    convenience init(_ kind: LibicalCalls.ComponentKind) {
        self.init(owning: LibicalCalls.newComponent(kind))
    }

    deinit { LibicalCalls.freeComponent(pointer) }

    /// The component as iCalendar text.
    var text: String { LibicalCalls.serialize(pointer) }
}
