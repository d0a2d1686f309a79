import Curriculum
import Foundation
import Testing
import Timetabling

/// The infeasible variants under `Infeasible/`: each is a bundled curriculum with one edit (stated
/// at its top); the explanation must name exactly these lines of the variant file.
struct InfeasibleVariantTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        /// Lines of the rules in the minimal conflict, ascending (a line stating two rules appears twice).
        var lines: [Int]
        /// Sessions reported with no possible place (ids), empty when the conflict needs the search.
        var unplaceable: [String]
        /// `.conflict` when the set is proven and shown minimal; `.partialConflict` when it is proven
        /// but a timetable without one of its rules was not found.
        var outcome: Explanation.Outcome = .conflict
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        // A speaker available only when the venue is closed (Friday closes at lunch).
        Case(file: "emancipasso-blanc-friday-afternoon.yaml", lines: [96], unplaceable: ["associative-world"]),
        // Room capacity: 20 participants, 18 seats, hard room_capacity rule.
        Case(file: "emancipasso-room-too-small.yaml", lines: [86, 277], unplaceable: [
            "installation", "associative-world", "look-back", "pana", "funding", "strategic-dialogue", "diagnosis",
            "recommendations", "user-support", "service-offer", "network", "assessment",
        ]),
        // A pin against "first of the programme": the other sessions no longer fit after Tuesday 14:00.
        Case(file: "emancipasso-installation-pinned-tuesday.yaml", lines: [158, 269], unplaceable: []),
        // The week has no hour to spare (28h30 of sessions in 28h30 of opening): pinning the 2-hour
        // session at Monday 14:00 leaves a half-hour hole before it that nothing else can fill.
        // (Laurent Marseault's availability empties its domain too: the diagnosis names both.)
        // The pin alone was once reported as the whole conflict, because the solver found no
        // timetable for it; nothing proves that within the budget, so the proven pair is named and
        // not called minimal.
        Case(file: "emancipasso-network-pinned-monday.yaml", lines: [147, 257], unplaceable: ["network"], outcome: .partialConflict),
        // Two speakers of one session with no common half-day.
        Case(file: "emancipasso-da-silva-wednesday.yaml", lines: [116, 122], unplaceable: ["strategic-dialogue"]),
        // Diagnosis on Wednesday morning, recommendations Thursday afternoon, and the service offer
        // must come after them: nothing is left. (same_day + her availability is another conflict.)
        Case(file: "emancipasso-lucien-brun-split.yaml", lines: [128, 273], unplaceable: []),
        // A day lost in a week without slack.
        Case(file: "emancipasso-strike-wednesday.yaml", lines: [76], unplaceable: []),
        Case(file: "cluny-framasoft-unavailable.yaml", lines: [113], unplaceable: ["digital-theory", "digital-field"]),
        // 31 participants: the Ravenna rooms seat 30 and 20 (the first lecture may only use them).
        Case(file: "cluny-promotion-too-large.yaml", lines: [78, 79, 151, 198], unplaceable: [
            "anthropocene-theory", "anthropocene-field", "anthropocene-actors", "public-design-theory", "public-design-field",
            "public-design-actors", "collective-intelligence-theory", "collective-intelligence-field",
            "collective-intelligence-actors", "food-theory", "food-field", "food-actors", "mobility-theory", "mobility-field",
            "mobility-actors", "energy-theory", "energy-field", "energy-actors", "living-theory", "living-field",
            "living-actors", "digital-theory", "digital-field", "digital-actors",
        ]),
        // Field work takes whole days; the rhythm leaves one afternoon a week.
        Case(file: "cluny-rhythm-monday-afternoon.yaml", lines: [126], unplaceable: [
            "anthropocene-field", "public-design-field", "collective-intelligence-field", "food-field", "mobility-field",
            "energy-field", "living-field", "digital-field",
        ]),
        // Pinned on the travel day, which no stay covers (the travel day itself is a second reason;
        // either one with the pin is a minimal conflict).
        Case(file: "cluny-pin-on-travel-day.yaml", lines: [120, 158], unplaceable: ["collective-intelligence-theory"]),
        // A Ravenna session allowed only on a date when the promotion is in Cluny.
        Case(file: "cluny-field-study-in-december.yaml", lines: [121, 152, 152], unplaceable: ["anthropocene-field"]),
        // Evening workshops with a pool of advisers who never work evenings.
        Case(file: "echirolles-pool-without-evenings.yaml", lines: [111, 129, 138], unplaceable: ["sport-1"]),
        // Room capacity at one venue: 11 people, 10 seats.
        Case(file: "echirolles-culture-team-too-large.yaml", lines: [100, 187, 215], unplaceable: [
            "culture-1", "culture-2", "culture-3", "culture-4", "culture-5", "culture-6",
        ]),
        // Six workshops a week apart cannot fit in the three weeks left.
        Case(file: "echirolles-reprise-starts-december.yaml", lines: [160, 214], unplaceable: []),
        // A pin on the second day with two workshops a week apart before it.
        Case(file: "echirolles-pin-before-sequence.yaml", lines: [175, 210], unplaceable: []),
        // A rhythm on the one weekday the team's venue is closed.
        Case(file: "echirolles-parents-wednesday.yaml", lines: [155, 194], unplaceable: [
            "parents-1", "parents-2", "parents-3", "parents-4", "parents-5", "parents-6",
        ]),
    ]

    @Test(arguments: cases)
    func namesExactlyTheConflictingRules(_ variant: Case) throws {
        let path = ExplanationFixtures.variant(variant.file)
        let explanation = Explainer.explain(try ExplanationFixtures.load(path), budget: ExplanationFixtures.budget)
        #expect(explanation.outcome == variant.outcome)
        #expect(explanation.rules.map(\.location.line) == variant.lines)
        #expect(explanation.rules.allSatisfy { $0.location.file == path })
        #expect(explanation.unplaceable.map(\.session) == variant.unplaceable)
    }

    @Test func corpusHoldsEveryVariantFile() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: ExplanationFixtures.variant(""))
            .filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files == InfeasibleVariantTests.cases.map(\.file).sorted())
        #expect(files.count >= 15)
    }
}
