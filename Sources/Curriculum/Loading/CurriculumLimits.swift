/// The largest curriculum Cursus reads (documented in docs/reliability.md). Every number of the file
/// is checked against these as it is decoded, so that no arithmetic on read values overflows and no
/// table of the solver grows past what the machine holds.
public enum CurriculumLimits {
    /// Curriculum files larger than this are refused before they are read (16 MiB).
    public static let fileBytes = 16 * 1024 * 1024
    /// YAML nodes of the document once aliases (`*name`) and merge keys (`<<:`) are expanded.
    public static let expandedNodes = 2_000_000
    /// Any integer of the file (sizes, capacities, minutes, days, counts), unless a key has its own.
    public static let integer = 100_000
    /// `occurrences` of one session.
    public static let occurrences = 10_000
    /// `weight` of a preference.
    public static let weight = 10_000
    /// Days of the programme period, `start` to `end` included (ten years).
    public static let periodDays = 3653
}
