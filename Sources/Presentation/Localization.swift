public import Curriculum

/// Dates, times and labels in a programme's language, written out by hand so that output never
/// depends on the system locale.
///
/// French follows the usual typographic rules: "lundi 16 janvier 2023", "1er février", "14 h 30"
/// with no-break spaces (U+00A0) around the "h", and a narrow no-break space (U+202F) before `:`,
/// `;`, `!` and `?` and inside « ». Languages other than French and Italian use English.
public struct Localization: Hashable, Sendable {
    /// The languages Cursus writes.
    public enum Language: String, Hashable, Sendable, CaseIterable {
        case english = "en"
        case french = "fr"
        case italian = "it"
    }

    public let language: Language

    /// The localization for a BCP 47 tag (`fr`, `fr-FR`, `it`, `en-GB`); English when unknown.
    public init(languageTag: String) {
        let primary = languageTag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        language = Language(rawValue: primary) ?? .english
    }

    public init(_ language: Language) {
        self.language = language
    }

    /// No-break space.
    static let noBreakSpace = "\u{00A0}"
    /// Narrow no-break space.
    static let narrowNoBreakSpace = "\u{202F}"

    // MARK: Names

    /// The weekday's full name, lower case in French and Italian ("lundi", "Monday", "lunedì").
    public func name(of weekday: Weekday) -> String {
        switch language {
        case .english: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday.index]
        case .french: ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][weekday.index]
        case .italian: ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"][weekday.index]
        }
    }

    /// The weekday's abbreviation ("lun.", "Mon", "lun").
    public func abbreviation(of weekday: Weekday) -> String {
        switch language {
        case .english: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][weekday.index]
        case .french: ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][weekday.index]
        case .italian: ["lun", "mar", "mer", "gio", "ven", "sab", "dom"][weekday.index]
        }
    }

    /// The month's full name, 1 = January ("janvier", "January", "gennaio").
    public func monthName(_ month: Int) -> String {
        let index = min(max(month, 1), 12) - 1
        switch language {
        case .english:
            return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"][index]
        case .french:
            return ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"][index]
        case .italian:
            return ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                    "ottobre", "novembre", "dicembre"][index]
        }
    }

    // MARK: Dates

    /// The day of the month as written before a month name ("1er" in French, "1º" in Italian).
    func dayNumber(_ day: Int) -> String {
        switch language {
        case .french where day == 1: "1er"
        case .italian where day == 1: "1º"
        default: String(day)
        }
    }

    /// "16 janvier 2023", "16 January 2023".
    public func dayMonthYear(_ date: LocalDate) -> String {
        let space = Self.noBreakSpace
        return dayNumber(date.day) + space + monthName(date.month) + space + String(date.year)
    }

    /// The full date: "lundi 16 janvier 2023", "Monday 16 January 2023", "lunedì 16 gennaio 2023".
    public func longDate(_ date: LocalDate) -> String {
        name(of: date.weekday) + " " + dayMonthYear(date)
    }

    /// The date without its year: "lundi 16 janvier", "Monday 16 January".
    public func weekdayDayMonth(_ date: LocalDate) -> String {
        name(of: date.weekday) + " " + dayNumber(date.day) + Self.noBreakSpace + monthName(date.month)
    }

    /// A column heading: "lun. 16/01", "Mon 16/01".
    public func shortDate(_ date: LocalDate) -> String {
        let month = (date.month < 10 ? "0" : "") + String(date.month)
        return abbreviation(of: date.weekday) + Self.noBreakSpace + String(date.day) + "/" + month
    }

    /// A date range: "du 16 au 20 janvier 2023", "16–20 January 2023", "dal 16 al 20 gennaio 2023";
    /// months and years are repeated only when they differ.
    public func dateRange(from start: LocalDate, to end: LocalDate) -> String {
        if start == end { return dayMonthYear(start) }
        let space = Self.noBreakSpace
        let first: String
        if start.year != end.year {
            first = dayMonthYear(start)
        } else if start.month != end.month {
            first = dayNumber(start.day) + space + monthName(start.month)
        } else {
            first = dayNumber(start.day)
        }
        switch language {
        case .english: return first + (first.contains(space) ? " – " : "–") + dayMonthYear(end)
        case .french: return "du " + first + " au " + dayMonthYear(end)
        case .italian: return "dal " + first + (end.day == 8 || end.day == 11 ? " all'" : " al ") + dayMonthYear(end)
        }
    }

    // MARK: Times

    /// A time of day: "14 h 30", "9 h", "14:30" (24-hour clock in every language).
    public func time(_ time: TimeOfDay) -> String {
        switch language {
        case .french:
            let space = Self.noBreakSpace
            let minutes = time.minute == 0 ? "" : space + (time.minute < 10 ? "0" : "") + String(time.minute)
            return String(time.hour) + space + "h" + minutes
        case .english, .italian:
            return String(time.hour) + ":" + (time.minute < 10 ? "0" : "") + String(time.minute)
        }
    }

    /// A time range: "14 h 30 – 17 h 30", "14:30–17:30".
    public func timeRange(_ start: TimeOfDay, _ end: TimeOfDay) -> String {
        switch language {
        case .french: time(start) + Self.noBreakSpace + "–" + " " + time(end)
        case .english, .italian: time(start) + "–" + time(end)
        }
    }

    // MARK: Text

    /// Applies the language's punctuation spacing to free text: in French the space before `:`,
    /// `;`, `!`, `?` and `»` and after `«` becomes a narrow no-break space, so that no line starts
    /// with the punctuation. Other languages are returned unchanged.
    public func typeset(_ text: String) -> String {
        guard language == .french else { return text }
        let spaces: [Character] = [" ", "\u{00A0}", "\u{202F}"]
        var result = ""
        // The space met before the current character, kept as written unless punctuation follows.
        var pendingSpace: Character?
        for character in text {
            if spaces.contains(character) {
                if !result.hasSuffix("«" + Self.narrowNoBreakSpace) { pendingSpace = pendingSpace ?? character }
                continue
            }
            if ":;!?".contains(character) && pendingSpace != nil || character == "»" && !result.isEmpty {
                result += Self.narrowNoBreakSpace
            } else if let pendingSpace {
                result.append(pendingSpace)
            }
            pendingSpace = nil
            result.append(character)
            if character == "«" { result += Self.narrowNoBreakSpace }
        }
        if let pendingSpace { result.append(pendingSpace) }
        return result
    }

    /// "label : value" in French (narrow no-break space before the colon), "label: value" otherwise.
    public func labelled(_ label: String, _ value: String) -> String {
        language == .french ? label + Self.narrowNoBreakSpace + ": " + value : label + ": " + value
    }

    /// The text with its first letter in upper case, for headings ("Lundi 16 janvier 2023").
    public func capitalisingFirstLetter(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A list: "A, B et C", "A, B and C", "A, B e C".
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let conjunction: String
        switch language {
        case .english: conjunction = "and"
        case .french: conjunction = "et"
        case .italian: conjunction = "e"
        }
        return items.dropLast().joined(separator: ", ") + " " + conjunction + " " + items[items.count - 1]
    }

    /// A label of the printed timetables in this language.
    public func text(_ label: Label) -> String {
        label.text(in: language)
    }
}
