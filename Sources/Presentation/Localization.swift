public import Curriculum
import Foundation

/// Dates, times and labels in a programme's language.
///
/// Weekday and month names come from the platform's locale data (Foundation's formatters, ICU on
/// Linux), so any language the platform knows is written correctly. French, English and Italian
/// dates follow the house style below ("lundi 16 janvier 2023", "1er février", "du 16 au 20 janvier
/// 2023", "Monday 16 January 2023"); other languages use the platform's date patterns ("Montag, 16.
/// Januar 2023", "lunes, 16 de enero de 2023"). French times are "14 h 30" with no-break spaces (U+00A0)
/// around the "h", other languages "14:30"; French text gets a narrow no-break space (U+202F) before `:`,
/// `;`, `!`, `?` and `»` and after `«`, so that no line starts with punctuation. Fixed labels come from `LabelTable`.
public struct Localization: Hashable, Sendable {
    /// The primary language subtag, lower case (`fr` for `fr-FR`; `en` for an empty tag).
    public let language: String
    private let locale: Locale

    /// The localization for a BCP 47 tag (`fr`, `fr-FR`, `it`, `en-GB`, `de`, `pt-BR`).
    public init(languageTag: String) {
        let primary = languageTag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map { $0.lowercased() } ?? ""
        language = primary.isEmpty ? "en" : primary
        locale = Locale(identifier: languageTag.isEmpty ? "en" : languageTag.replacingOccurrences(of: "_", with: "-"))
    }

    /// No-break space.
    static let noBreakSpace = "\u{00A0}"
    /// Narrow no-break space.
    static let narrowNoBreakSpace = "\u{202F}"

    private var isFrench: Bool { language == "fr" }
    /// Whether dates follow the house style (French, English, Italian) rather than the platform's patterns.
    private var hasHouseStyle: Bool { ["fr", "en", "it"].contains(language) }

    // MARK: Names

    /// A formatter of the platform for this language, in UTC on the Gregorian calendar.
    private func formatter(template: String? = nil) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = Calendar(identifier: .gregorian)
        formatter.timeZone = TimeZone(identifier: "UTC")
        if let template { formatter.setLocalizedDateFormatFromTemplate(template) }
        return formatter
    }

    /// Noon UTC of the date, as Foundation counts time.
    private static func instant(_ date: LocalDate) -> Date {
        Date(timeIntervalSince1970: Double(date.dayNumber) * 86_400 + 43_200)
    }

    /// The date in one of the platform's patterns for this language (`EEEEdMMMMy`, …).
    private func platform(_ date: LocalDate, template: String) -> String {
        formatter(template: template).string(from: Self.instant(date))
    }

    /// The weekday's full name as the platform writes it on its own ("lundi", "Monday", "lunedì", "Montag").
    public func name(of weekday: Weekday) -> String {
        formatter().standaloneWeekdaySymbols[(weekday.index + 1) % 7]
    }

    /// The weekday's abbreviation ("lun.", "Mon", "lun", "Mo").
    public func abbreviation(of weekday: Weekday) -> String {
        formatter().shortStandaloneWeekdaySymbols[(weekday.index + 1) % 7]
    }

    /// The month's full name as written in a date, 1 = January ("janvier", "January", "gennaio", "Januar").
    public func monthName(_ month: Int) -> String {
        formatter().monthSymbols[min(max(month, 1), 12) - 1]
    }

    // MARK: Dates

    /// The day of the month as written before a month name ("1er" in French, "1º" in Italian).
    func dayNumber(_ day: Int) -> String {
        switch language {
        case "fr" where day == 1: "1er"
        case "it" where day == 1: "1º"
        default: String(day)
        }
    }

    /// "16 janvier 2023", "16 January 2023", "16. Januar 2023".
    public func dayMonthYear(_ date: LocalDate) -> String {
        guard hasHouseStyle else { return platform(date, template: "dMMMMy") }
        let space = Self.noBreakSpace
        return dayNumber(date.day) + space + monthName(date.month) + space + String(date.year)
    }

    /// The full date: "lundi 16 janvier 2023", "Monday 16 January 2023", "lunedì 16 gennaio 2023".
    public func longDate(_ date: LocalDate) -> String {
        guard hasHouseStyle else { return platform(date, template: "EEEEdMMMMy") }
        return name(of: date.weekday) + " " + dayMonthYear(date)
    }

    /// The date without its year: "lundi 16 janvier", "Monday 16 January".
    public func weekdayDayMonth(_ date: LocalDate) -> String {
        guard hasHouseStyle else { return platform(date, template: "EEEEdMMMM") }
        return name(of: date.weekday) + " " + dayNumber(date.day) + Self.noBreakSpace + monthName(date.month)
    }

    /// A column heading: "lun. 16/01", "Mon 16/01".
    public func shortDate(_ date: LocalDate) -> String {
        guard hasHouseStyle else { return platform(date, template: "EEEdM") }
        let month = (date.month < 10 ? "0" : "") + String(date.month)
        return abbreviation(of: date.weekday) + Self.noBreakSpace + String(date.day) + "/" + month
    }

    /// A date range: "du 16 au 20 janvier 2023", "16–20 January 2023", "dal 16 al 20 gennaio 2023";
    /// months and years are repeated only when they differ.
    public func dateRange(from start: LocalDate, to end: LocalDate) -> String {
        if start == end { return dayMonthYear(start) }
        guard hasHouseStyle else {
            let formatter = DateIntervalFormatter()
            formatter.locale = locale
            formatter.calendar = Calendar(identifier: .gregorian)
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateTemplate = "dMMMMy"
            return formatter.string(from: Self.instant(start), to: Self.instant(end))
        }
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
        case "fr": return "du " + first + " au " + dayMonthYear(end)
        case "it": return "dal " + first + (end.day == 8 || end.day == 11 ? " all'" : " al ") + dayMonthYear(end)
        default: return first + (first.contains(space) ? " – " : "–") + dayMonthYear(end)
        }
    }

    // MARK: Times

    /// A time of day: "14 h 30", "9 h", "14:30" (24-hour clock in every language).
    public func time(_ time: TimeOfDay) -> String {
        guard isFrench else { return String(time.hour) + ":" + (time.minute < 10 ? "0" : "") + String(time.minute) }
        let space = Self.noBreakSpace
        let minutes = time.minute == 0 ? "" : space + (time.minute < 10 ? "0" : "") + String(time.minute)
        return String(time.hour) + space + "h" + minutes
    }

    /// A time range: "14 h 30 – 17 h 30", "14:30–17:30".
    public func timeRange(_ start: TimeOfDay, _ end: TimeOfDay) -> String {
        isFrench ? time(start) + Self.noBreakSpace + "–" + " " + time(end) : time(start) + "–" + time(end)
    }

    // MARK: Text

    /// Applies the language's punctuation spacing to free text: in French the space before `:`,
    /// `;`, `!`, `?` and `»` and after `«` becomes a narrow no-break space, so that no line starts
    /// with the punctuation. Other languages are returned unchanged.
    public func typeset(_ text: String) -> String {
        guard isFrench else { return text }
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
        isFrench ? label + Self.narrowNoBreakSpace + ": " + value : label + ": " + value
    }

    /// The text with its first letter in upper case, for headings ("Lundi 16 janvier 2023").
    public func capitalisingFirstLetter(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// A list: "A, B et C", "A, B and C", "A, B e C", "A, B und C".
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " " + text(.and) + " " + items[items.count - 1]
    }

    /// A label of the printed timetables in this language; in English when `LabelTable` has no table
    /// for it (`LabelCheck` reports that case as an error before anything is written).
    public func text(_ label: Label) -> String {
        (LabelTable.tables[language] ?? LabelTable.english)(label)
    }
}
