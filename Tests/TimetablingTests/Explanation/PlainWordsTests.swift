import Curriculum
import Testing
@testable import Timetabling

/// The words explanations are made of: repeated titles told apart, each phrase once, dates in order.
@Suite struct PlainWordsTests {
    static let text = """
        id: demo
        title: Demo
        calendar:
          start: 2023-01-16
          end: 2023-01-20
          windows: [{name: morning, start: "09:00", end: "12:00"}, {name: afternoon, start: "13:30", end: "17:00"}]
        venues: [{id: paris, name: Paris, country: FR}]
        sessions:
          - {id: atelier-a, title: Atelier, duration: 1h}
          - {id: atelier-b, title: Atelier, duration: 1h}
          - {id: bilan, title: Bilan, duration: 1h}
        """

    @Test func sessionsWithTheSameTitleAreToldApartByTheirId() throws {
        let words = PlainWords(programme: try CurriculumLoader().load(text: Self.text, file: "demo.yaml"))
        #expect(words.session("atelier-a") == "'Atelier' (atelier-a)")
        #expect(words.session("atelier-b") == "'Atelier' (atelier-b)")
        #expect(words.session("bilan") == "'Bilan'")
        #expect(words.sessions(["atelier-a", "atelier-b"]) == "'Atelier' (atelier-a) and 'Atelier' (atelier-b)")
    }

    @Test func aPhraseRepeatedIsSaidOnce() {
        let wednesday = TimeSpec(dates: [LocalDate(year: 2023, month: 1, day: 18)], windows: ["afternoon"])
        #expect(PlainWords.times([wednesday, wednesday]) == "on Wednesday 18 January 2023 in the afternoon")
        #expect(PlainWords.list(["a", "b", "a"], "or") == "a or b")
    }

    @Test func datesAreInDateOrder() {
        let thursday = LocalDate(year: 2023, month: 1, day: 19), tuesday = LocalDate(year: 2023, month: 1, day: 17)
        #expect(PlainWords.times(TimeSpec(dates: [thursday, tuesday])) == "on Tuesday 17 January 2023 or on Thursday 19 January 2023")
        let specs = [TimeSpec(dates: [thursday], windows: ["morning"]), TimeSpec(dates: [tuesday], windows: ["afternoon"])]
        #expect(PlainWords.times(specs)
            == "on Tuesday 17 January 2023 in the afternoon or on Thursday 19 January 2023 in the morning")
    }
}
