extension SessionDuration {
    /// Parses the duration grammar of docs/curriculum-format.md: `90min`, `2h`, `1h30`, `1h30min`,
    /// `3 half-days` (or `windows`), `2 days`; nil when the text does not match.
    init?(text: String) {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 6, let count = Int(digits) else { return nil }
        var unit = text.dropFirst(digits.count)
        let spaced = unit.first == " "
        if spaced { unit = unit.dropFirst() }
        switch unit {
        case "min": self = .minutes(count)
        case "h": self = .minutes(60 * count)
        case "half-day", "half-days", "window", "windows": self = .windows(count)
        case "day", "days": self = .days(count)
        default:
            guard !spaced, unit.first == "h" else { return nil }
            var minutes = unit.dropFirst()
            if minutes.hasSuffix("min") { minutes = minutes.dropLast(3) }
            guard (1...2).contains(minutes.count), minutes.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let extra = Int(minutes), extra < 60
            else { return nil }
            self = .minutes(60 * count + extra)
        }
    }

    /// The count of units (minutes, windows or days).
    var count: Int {
        switch self {
        case let .minutes(n), let .windows(n), let .days(n): return n
        }
    }
}
