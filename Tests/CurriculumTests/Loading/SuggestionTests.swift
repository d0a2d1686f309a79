@testable import Curriculum
import Testing

@Suite struct SuggestionTests {
    @Test func editDistance() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("trainerpool", "trainer_pool") == 1)
        #expect(Suggestion.editDistance("same", "same") == 0)
        #expect(Suggestion.editDistance("wordl", "world") == 1, "a transposition counts once")
        #expect(Suggestion.editDistance("mondya", "monday") == 1)
        #expect(Suggestion.editDistance("ca", "abc") == 3)
    }

    @Test func closestCandidate() {
        let keys = ["trainers", "trainer_pool", "rooms", "cohorts"]
        #expect(Suggestion.closest(to: "trainerpool", among: keys) == "trainer_pool")
        #expect(Suggestion.closest(to: "cohort", among: keys) == "cohorts")
        #expect(Suggestion.closest(to: "xyz", among: keys) == nil)
        #expect(Suggestion.closest(to: "yannick", among: ["yannick-blanc", "anne-laure-michel"]) == "yannick-blanc")
        #expect(Suggestion.closest(to: "DE", among: ["FR", "IT"]) == nil)
        #expect(Suggestion.closest(to: "fr", among: ["FR", "IT"]) == "FR")
    }

    @Test func tiesGoToTheAlphabeticallyFirst() {
        #expect(Suggestion.closest(to: "bat", among: ["cat", "bar", "hat"]) == "bar")
    }
}
