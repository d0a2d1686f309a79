extension Session {
    /// The pin of occurrence `occurrence` (1-based): the pin that names it, else the pin at its rank
    /// when that pin names no occurrence; nil when it is not pinned.
    public func pin(of occurrence: Int) -> Pin? {
        if let named = pins.first(where: { $0.occurrence == occurrence }) { return named }
        guard occurrence >= 1, occurrence <= pins.count, pins[occurrence - 1].occurrence == nil else { return nil }
        return pins[occurrence - 1]
    }
}
