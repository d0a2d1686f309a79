@testable import Booklet
import Curriculum
import Foundation
import PrintTestSupport
import Testing

/// Hyphenation points from the installed libhyphen dictionaries (`make setup` installs them), and
/// what happens when a language has none.
@Suite struct HyphenationTests {
    static let softHyphen = "\u{00AD}"

    func hyphenator(_ language: String) throws -> Hyphenator {
        try #require(Hyphenator(language: language), "no hyphenation dictionary for \(language): run make setup")
    }

    @Test func frenchWordsBreakAtTheirSyllables() throws {
        let french = try hyphenator("fr")
        #expect(french.hyphenate("accompagnement") == ["ac", "com", "pa", "gne", "ment"].joined(separator: Self.softHyphen))
        // Words of a sentence each, punctuation and elisions untouched; short words and acronyms whole.
        let sentence = french.hyphenate("Financer l’accompagnement (PANA) : un atelier")
        #expect(sentence.replacingOccurrences(of: Self.softHyphen, with: "") == "Financer l’accompagnement (PANA) : un atelier")
        #expect(sentence.contains("l’ac" + Self.softHyphen + "com"))
        #expect(sentence.contains("(PANA)") && sentence.contains(" un "))
    }

    @Test func noBreakLeavesFewerThanTwoLettersBeforeOrThreeAfter() throws {
        for (language, words) in [("fr", ["accompagnement", "numérique", "gouvernance"]), ("en", ["information", "anthropocene"]),
                                  ("it", ["progettazione", "antropocene"]), ("de", ["Datenschutzerklärung", "Übungsaufgabe"]),
                                  ("es", ["comunicación", "asociaciones"])] {
            let hyphenator = try hyphenator(language)
            for word in words {
                let parts = hyphenator.hyphenate(word).components(separatedBy: Self.softHyphen)
                #expect(parts.count > 1, "\(language): \(word) has no hyphenation point")
                #expect(parts.joined() == word)
                #expect(parts.first!.count >= Hyphenator.leftMinimum && parts.last!.count >= Hyphenator.rightMinimum, "\(parts)")
            }
        }
    }

    @Test func dictionariesAreFoundByLanguageThenRegion() {
        #expect(Hyphenator.dictionaryPath(for: "fr", in: ["/usr/share/hyphen"])?.hasSuffix("/hyph_fr.dic") == true)
        #expect(Hyphenator.dictionaryPath(for: "fr-CA", in: ["/usr/share/hyphen"])?.hasSuffix("/hyph_fr_CA.dic") == true)
        // No hyph_es.dic: Spain's is taken first.
        #expect(Hyphenator.dictionaryPath(for: "es", in: ["/usr/share/hyphen"])?.hasSuffix("/hyph_es_ES.dic") == true)
        #expect(Hyphenator.dictionaryPath(for: "ja", in: ["/usr/share/hyphen"]) == nil)
        #expect(Hyphenator.dictionaryPath(for: "fr", in: ["/nonexistent"]) == nil)
    }

    /// A session in a language without a dictionary: one located warning, and the booklet is still
    /// written, that title unhyphenated.
    @Test func aLanguageWithoutADictionaryIsAWarningNotAFailure() throws {
        var programme = PrintSamples.emancipasso.programme
        let index = try #require(programme.sessions.firstIndex { $0.id == "financer" })
        programme.sessions[index].language = "ja"
        programme.sessions[index].location = SourceLocation(file: "emancipasso.yaml", line: 40, column: 5)
        let warnings = BookletWriter.warnings(programme: programme)
        #expect(warnings.count == 1)
        #expect(warnings.first?.hasPrefix("emancipasso.yaml:40:5: warning: no hyphenation dictionary for language \"ja\"") == true)
        #expect(BookletWriter.warnings(programme: PrintSamples.emancipasso.programme).isEmpty)
        let hyphenation = Hyphenation(programme: programme)
        #expect(hyphenation.hyphenate("accompagnement", language: "ja") == "accompagnement")
        #expect(hyphenation.hyphenate("accompagnement", language: "fr").contains(Self.softHyphen))
        let pdf = try Poppler(bytes: BookletWriter.pdf(schedule: PrintSamples.emancipasso.schedule, programme: programme))
        #expect(try pdf.text().contains("Financer l’accompagnement"))
    }
}
