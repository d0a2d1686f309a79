import Curriculum
import Testing
import Timetabling

/// A conflict is explained by counting when the count holds: the occurrences that need one person
/// take longer than the times the rules leave them.
struct CountingArgumentTests {
    /// Two three-hour seminars with one trainer who is free only on Tuesday morning (3 h 30).
    static func programme(availability: String) throws -> Programme {
        try CurriculumLoader().load(text: """
            id: seminars
            title: Seminars
            language: en
            calendar:
              start: 2025-04-28
              end: 2025-04-30
              grain: 30min
              windows:
                - {name: morning, start: "09:00", end: "12:30"}
                - {name: afternoon, start: "14:00", end: "17:30"}
            venues: [{id: campus, name: Campus, country: FR, timezone: Europe/Paris}]
            rooms: [{id: room-a, name: Room A, venue: campus, capacity: 24}]
            trainers:
              - {id: alice, name: Alice Martin}
              - {id: chloe, name: Chloé Durand, available: [\(availability)]}
            cohorts:
              - {id: group-a, name: Group A, size: 20}
              - {id: group-b, name: Group B, size: 12}
            sessions:
              - {id: seminar-1, title: Séminaire 1, duration: 3h, trainers: chloe, rooms: room-a, cohorts: group-a}
              - {id: seminar-2, title: Séminaire 2, duration: 3h, trainers: chloe, rooms: room-a, cohorts: group-b}
              - {id: intro, title: Introduction, duration: 1h, trainers: alice, rooms: room-a, cohorts: group-a}
            """, file: "seminars.yaml")
    }

    @Test func aConflictOnOneTrainersTimeNamesTheCompetingSessions() throws {
        let explanation = Explainer.explain(try Self.programme(availability: "{date: 2025-04-29, window: morning}"), budget: ExplanationFixtures.budget)
        #expect(explanation.outcome == .conflict)
        #expect(explanation.rules.map(\.place) == ["seminars.yaml:15"])
        #expect(explanation.counts == ["'Séminaire 1' and 'Séminaire 2' need Chloé Durand for at least 6 h; the times left to them hold 3 h 30"])
        #expect(explanation.text.hasSuffix("""
            This rule cannot hold (change it):
              seminars.yaml:15: Chloé Durand is available only on Tuesday 29 April 2025 in the morning
            Because:
              'Séminaire 1' and 'Séminaire 2' need Chloé Durand for at least 6 h; the times left to them hold 3 h 30.

            """))
    }

    @Test func noCountIsClaimedWhenTheTimesWouldHoldTheSessions() throws {
        // Tuesday morning and Wednesday morning hold both seminars: feasible, nothing to count.
        let feasible = Explainer.explain(
            try Self.programme(availability: "{date: 2025-04-29, window: morning}, {date: 2025-04-30, window: morning}"),
            budget: ExplanationFixtures.budget)
        #expect(feasible.outcome == .feasible)
        #expect(feasible.counts.isEmpty)
    }
}
