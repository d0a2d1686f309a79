import Presentation
import Testing

@Suite struct MarkupTextTests {
    @Test func replacesTheFiveXMLCharactersByEntities() {
        #expect(MarkupText.escape(#"Fleurs & <pots> "bio" d'Échirolles"#)
            == "Fleurs &amp; &lt;pots&gt; &quot;bio&quot; d&#39;Échirolles")
    }

    @Test func keepsTabsAndLineFeedsAndTurnsCarriageReturnsIntoLineFeeds() {
        #expect(MarkupText.escape("a\tb\nc\rd") == "a\tb\nc\nd")
    }

    @Test func dropsControlCharactersXMLForbids() {
        #expect(MarkupText.escape("a\u{0}b\u{7}c\u{1B}d\u{85}e\u{FFFE}f") == "abcdef")
    }

    @Test func percentEncodesEverythingButUnreservedBytesInLinks() {
        #expect(MarkupText.percentEncoded("trainer-é 1.html") == "trainer-%C3%A9%201.html")
    }
}
