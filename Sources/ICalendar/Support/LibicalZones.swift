/// libical's built-in time zones (from the system tzdata), which it loads on first use.
///
/// A first load is not thread-safe in libical: a program that writes feeds or imports calendars
/// from several threads calls `load` once, on one thread, with every zone it will use (the
/// programme's venue zones and those of imported calendars), before starting that work. Each
/// `FeedWriter.feeds` call loads its own zones first and then stays on the calling thread.
public enum LibicalZones {
    /// Loads the IANA zones `identifiers` (e.g. `Europe/Paris`) into libical.
    /// - Throws: `ICalendarError.unknownTimeZone` for a zone the system tzdata lacks.
    public static func load(_ identifiers: [String]) throws {
        for identifier in identifiers where identifier != "UTC" {
            guard LibicalCalls.builtinZone(identifier) != nil else {
                throw ICalendarError.unknownTimeZone(identifier, usedBy: "time zone loading")
            }
        }
    }
}
