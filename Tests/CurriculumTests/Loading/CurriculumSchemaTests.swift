import Curriculum
import Foundation
import Testing

/// Every key the loader accepts is documented in docs/curriculum-format.md.
@Suite struct CurriculumSchemaTests {
    static let documentURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../docs/curriculum-format.md")

    @Test func everyAcceptedKeyIsDocumented() throws {
        let document = try String(contentsOf: Self.documentURL, encoding: .utf8)
        let undocumented = CurriculumSchema.keys.filter { !document.contains("`\($0)`") }
        #expect(undocumented.isEmpty, "keys missing from docs/curriculum-format.md: \(undocumented)")
    }

    @Test func keySetCoversTheFormat() {
        let keys = CurriculumSchema.keys
        #expect(keys == keys.sorted() && Set(keys).count == keys.count)
        for key in ["trainer_pool", "busy_calendar", "weekly_load", "travel_days", "skip_first_days", "min_gap_days", "weight", "sort_as",
                    "load_limit", "every", "max_per_day", "max_consecutive_half_days", "max_days_per_week", "max_days"] {
            #expect(keys.contains(key), "\(key)")
        }
    }

    /// A key outside the schema is refused, so the documented set is the accepted set.
    @Test func keysOutsideTheSchemaAreRefused() throws {
        let text = """
            id: x
            title: X
            calendar: {start: 2024-01-08, end: 2024-01-12, windows: [{name: day, start: "09:00", end: "17:00"}], colour: red}
            venues: [{id: v, name: V, country: FR}]
            sessions: []
            """
        #expect {
            try CurriculumLoader().load(text: text, file: "x.yaml")
        } throws: { error in
            (error as? LoadFailure)?.diagnostics.map(\.problem) == [.unknownKey("colour", context: "calendar", suggestion: nil)]
        }
    }
}
