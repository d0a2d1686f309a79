import Curriculum
import Foundation
import Presentation
import Testing

@Suite struct LocalizationTests {
    let french = Localization(languageTag: "fr")
    let english = Localization(languageTag: "en-GB")
    let italian = Localization(languageTag: "it")
    let nbsp = "\u{00A0}"

    @Test func picksTheLanguageFromItsTag() {
        #expect(Localization(languageTag: "fr-FR").language == "fr")
        #expect(Localization(languageTag: "it_IT").language == "it")
        #expect(Localization(languageTag: "de").language == "de")
        #expect(Localization(languageTag: "").language == "en")
    }

    /// Languages without a house style get the platform's (ICU's) names and date patterns.
    @Test func writesDatesInAnyLanguageThePlatformKnows() {
        let monday = LocalDate(year: 2023, month: 1, day: 16)
        let friday = LocalDate(year: 2023, month: 1, day: 20)
        let expected: [(String, String, String, String)] = [
            ("de", "Montag, 16. Januar 2023", "16.–20. Januar 2023", "Dezember"),
            ("es", "lunes, 16 de enero de 2023", "16 – 20 de enero de 2023", "diciembre"),
            ("pt", "segunda-feira, 16 de janeiro de 2023", "16 – 20 de janeiro de 2023", "dezembro"),
            ("nl", "maandag 16 januari 2023", "16–20 januari 2023", "december"),
        ]
        for (tag, long, range, december) in expected {
            let localization = Localization(languageTag: tag)
            #expect(localization.longDate(monday).replacingOccurrences(of: nbsp, with: " ") == long, "\(tag)")
            #expect(localization.dateRange(from: monday, to: friday).replacingOccurrences(of: "\u{2009}", with: " ") == range, "\(tag)")
            #expect(localization.monthName(12) == december, "\(tag)")
            #expect(Set(Weekday.allCases.map(localization.name)).count == 7, "\(tag)")
        }
        #expect(Localization(languageTag: "de").name(of: .wednesday) == "Mittwoch")
        #expect(Localization(languageTag: "es").abbreviation(of: .monday) == "lun")
        #expect(Localization(languageTag: "de").time(TimeOfDay(hour: 9, minute: 5)) == "9:05")
    }

    @Test func labelTablesCoverFrenchEnglishItalianGermanAndSpanish() {
        #expect(LabelTable.languages == ["de", "en", "es", "fr", "it"])
        let german = Localization(languageTag: "de-AT")
        #expect(german.text(.programme) == "Programm")
        #expect(Localization(languageTag: "es").text(.rooms) == "Salas")
        #expect(german.list(["A", "B", "C"]) == "A, B und C")
        for tag in LabelTable.languages {
            let localization = Localization(languageTag: tag)
            // Every label is there and the tables are not copies of one another.
            #expect(Set(Label.allCases.map(localization.text)).count >= Label.allCases.count - 4, "\(tag)")
            #expect(Label.allCases.allSatisfy { !localization.text($0).isEmpty }, "\(tag)")
        }
        #expect(Set(LabelTable.languages.map { Localization(languageTag: $0).text(.weekGrids) }).count == 5)
        #expect(LabelTable.hasLabels(for: "fr-CA") && !LabelTable.hasLabels(for: "nl"))
    }

    @Test func writesLongDates() {
        let monday = LocalDate(year: 2023, month: 1, day: 16)
        #expect(french.longDate(monday) == "lundi 16\(nbsp)janvier\(nbsp)2023")
        #expect(english.longDate(monday) == "Monday 16\(nbsp)January\(nbsp)2023")
        #expect(italian.longDate(monday) == "lunedì 16\(nbsp)gennaio\(nbsp)2023")
        let first = LocalDate(year: 2024, month: 2, day: 1)
        #expect(french.longDate(first) == "jeudi 1er\(nbsp)février\(nbsp)2024")
        #expect(italian.longDate(first) == "giovedì 1º\(nbsp)febbraio\(nbsp)2024")
        #expect(english.longDate(first) == "Thursday 1\(nbsp)February\(nbsp)2024")
    }

    @Test func namesEveryWeekdayAndMonth() {
        for localization in [french, english, italian] {
            #expect(Set(Weekday.allCases.map(localization.name)).count == 7)
            #expect(Set(Weekday.allCases.map(localization.abbreviation)).count == 7)
            #expect(Set((1...12).map(localization.monthName)).count == 12)
        }
        #expect(french.name(of: .sunday) == "dimanche")
        #expect(french.monthName(8) == "août")
        #expect(french.monthName(12) == "décembre")
        #expect(italian.name(of: .friday) == "venerdì")
        #expect(english.monthName(5) == "May")
        #expect(french.abbreviation(of: .monday) == "lun.")
        #expect(italian.abbreviation(of: .thursday) == "gio")
        #expect(english.abbreviation(of: .tuesday) == "Tue")
        // Every date of a leap year has the weekday the calendar gives it.
        let start = LocalDate(year: 2024, month: 1, day: 1)
        #expect(french.longDate(start).hasPrefix("lundi "))
        #expect(french.longDate(start.adding(days: 365)).hasPrefix("mardi 31\(nbsp)décembre"))
    }

    @Test func writesTimesAsEachLanguageDoes() {
        #expect(french.time(TimeOfDay(hour: 14, minute: 30)) == "14\(nbsp)h\(nbsp)30")
        #expect(french.time(TimeOfDay(hour: 9)) == "9\(nbsp)h")
        #expect(french.time(TimeOfDay(hour: 9, minute: 5)) == "9\(nbsp)h\(nbsp)05")
        #expect(english.time(TimeOfDay(hour: 9, minute: 5)) == "9:05")
        #expect(italian.time(TimeOfDay(hour: 14, minute: 30)) == "14:30")
        #expect(french.timeRange(TimeOfDay(hour: 14, minute: 30), TimeOfDay(hour: 17)) == "14\(nbsp)h\(nbsp)30\(nbsp)– 17\(nbsp)h")
        #expect(english.timeRange(TimeOfDay(hour: 9), TimeOfDay(hour: 12, minute: 30)) == "9:00–12:30")
    }

    @Test func writesDateRanges() {
        let (start, end) = (LocalDate(year: 2023, month: 1, day: 16), LocalDate(year: 2023, month: 1, day: 20))
        #expect(french.dateRange(from: start, to: end) == "du 16 au 20\(nbsp)janvier\(nbsp)2023")
        #expect(english.dateRange(from: start, to: end) == "16–20\(nbsp)January\(nbsp)2023")
        #expect(italian.dateRange(from: start, to: end) == "dal 16 al 20\(nbsp)gennaio\(nbsp)2023")
        let (november, july) = (LocalDate(year: 2023, month: 11, day: 6), LocalDate(year: 2024, month: 7, day: 1))
        #expect(french.dateRange(from: november, to: july) == "du 6\(nbsp)novembre\(nbsp)2023 au 1er\(nbsp)juillet\(nbsp)2024")
        #expect(english.dateRange(from: november, to: LocalDate(year: 2023, month: 12, day: 8))
            == "6\(nbsp)November – 8\(nbsp)December\(nbsp)2023")
        #expect(italian.dateRange(from: november, to: LocalDate(year: 2023, month: 12, day: 1)) == "dal 6\(nbsp)novembre al 1º\(nbsp)dicembre\(nbsp)2023")
        #expect(french.dateRange(from: start, to: start) == "16\(nbsp)janvier\(nbsp)2023")
    }

    @Test func spacesFrenchPunctuation() {
        let narrow = "\u{202F}"
        #expect(french.typeset("Dialogue : méthode ; étapes ! Pourquoi ?")
            == "Dialogue\(narrow): méthode\(narrow); étapes\(narrow)! Pourquoi\(narrow)?")
        #expect(french.typeset("« Bilan à chaud »") == "«\(narrow)Bilan à chaud\(narrow)»")
        #expect(french.typeset("«Bilan»") == "«\(narrow)Bilan\(narrow)»")
        #expect(french.typeset("«\u{00A0}Bilan\u{00A0}»") == "«\(narrow)Bilan\(narrow)»")
        // Colons glued to a word stay glued (times, URLs); missing spaces are not invented elsewhere.
        #expect(french.typeset("à 10:30 sur https://framasoft.org") == "à 10:30 sur https://framasoft.org")
        #expect(french.typeset("Quoi?") == "Quoi?")
        // Spaces the author chose are kept; runs of spaces before punctuation become one.
        #expect(french.typeset("Emancip’Asso\u{00A0}2023  : bilan") == "Emancip’Asso\u{00A0}2023\(narrow): bilan")
        #expect(english.typeset("Policy : design ; why ?") == "Policy : design ; why ?")
    }

    @Test func joinsListsAndLabels() {
        #expect(french.list(["Framasoft", "Animafac"]) == "Framasoft et Animafac")
        #expect(english.list(["A", "B", "C"]) == "A, B and C")
        #expect(italian.list(["A"]) == "A")
        #expect(french.list([]) == "")
        #expect(french.labelled("Salles", "A") == "Salles\u{202F}: A")
        #expect(english.labelled("Rooms", "A") == "Rooms: A")
        for label in Label.allCases {
            #expect(!french.text(label).isEmpty && !english.text(label).isEmpty && !italian.text(label).isEmpty)
        }
        #expect(french.text(.weekOf) == "Semaine du")
    }
}
