import Curriculum

/// An instant in UTC to the second, read from and written as ISO 8601 (`2023-01-10T12:00:00Z`).
struct UTCTimestamp: Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    var seconds: Int

    init(seconds: Int) {
        self.seconds = seconds
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS`, optional fraction (dropped), then `Z`, `±HH:MM` or `±HHMM`.
    init?(iso text: String) {
        let chars = Array(text)
        guard chars.count >= 20, chars[10] == "T" || chars[10] == " ", chars[13] == ":", chars[16] == ":",
              let date = LocalDate(iso: String(chars[0..<10])),
              let hour = Int(String(chars[11..<13])), let minute = Int(String(chars[14..<16])),
              let second = Int(String(chars[17..<19])), hour < 24, minute < 60, second < 61
        else { return nil }
        var rest = chars[19...]
        if rest.first == "." {
            rest = rest.dropFirst().drop { $0.isNumber }
        }
        var offset = 0
        if rest == ["Z"] || rest == ["z"] {
            offset = 0
        } else if let sign = rest.first, sign == "+" || sign == "-" {
            let digits = rest.dropFirst().filter { $0 != ":" }
            guard digits.count == 4, digits.allSatisfy(\.isNumber), let value = Int(String(digits)) else { return nil }
            offset = (value / 100 * 60 + value % 100) * 60 * (sign == "-" ? -1 : 1)
        } else {
            return nil
        }
        self.seconds = date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second - offset
    }

    /// `2023-01-10T12:00:00Z`.
    var iso: String {
        let time = icalTime
        return "\(LocalDate(year: time.year, month: time.month, day: time.day))T"
            + [time.hour, time.minute, time.second].map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":") + "Z"
    }

    var icalTime: ICalTime {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let date = LocalDate(dayNumber: days)
        return ICalTime(
            year: date.year, month: date.month, day: date.day, hour: rest / 3600, minute: rest % 3600 / 60,
            second: rest % 60, isUTC: true
        )
    }

    static func < (lhs: UTCTimestamp, rhs: UTCTimestamp) -> Bool { lhs.seconds < rhs.seconds }
}
