import Curriculum
import Releases
import Testing

@Suite struct ReplanningTests {
    typealias F = ReleaseFixtures

    static func programme() -> Programme {
        var programme = F.programme
        programme.sessions = [
            Session(id: "talk", title: "Talk", duration: .minutes(60), trainers: ["ada"], rooms: ["a"], cohorts: ["one"]),
            Session(id: "lab", title: "Lab", duration: .minutes(60), occurrences: 2, trainers: ["alan"], cohorts: ["one"],
                    pins: [Pin(date: LocalDate(year: 2023, month: 1, day: 18), time: TimeOfDay(hour: 9))]),
        ]
        return programme
    }

    @Test func frozenOccurrencesBecomePinsAndStabilityIsAdded() throws {
        var lab2 = F.entry("lab", day: 17, hour: 9, room: "b", trainers: ["alan"])
        lab2.key = "lab/2"
        lab2.occurrence = 2
        let published = F.schedule([F.entry("talk", day: 16, hour: 9), lab2, F.entry("late", day: 19, hour: 9)])
        let replanning = Replanning(
            published: published, path: "out/demo/schedule.json", freeze: .date(LocalDate(year: 2023, month: 1, day: 18)),
            freezeText: "2023-01-18")
        #expect(replanning.frozen.map(\.key) == ["talk/1", "lab/2"])
        let programme = try replanning.programme(Self.programme())
        #expect(programme.preferences.map(\.weight) == [Replanning.defaultStabilityWeight])
        #expect(programme.preferences.first?.kind == .stability(previous: "out/demo/schedule.json"))
        let talk = try #require(programme.sessions[0].pin(of: 1))
        #expect((talk.date, talk.time, talk.room) == (LocalDate(year: 2023, month: 1, day: 16), TimeOfDay(hour: 9), "a"))
        #expect(talk.reason == "already published and frozen by --freeze-until 2023-01-18")
        #expect(talk.location == SourceLocation(file: "out/demo/schedule.json", line: 1, column: 1))
        // The file's own pin keeps occurrence 1; the frozen one fixes occurrence 2.
        #expect(programme.sessions[1].pin(of: 1)?.date == LocalDate(year: 2023, month: 1, day: 18))
        #expect(programme.sessions[1].pin(of: 2)?.room == "b")
    }

    @Test func aFrozenOccurrenceKeepsItsPoolChoice() throws {
        var programme = Self.programme()
        programme.sessions.append(Session(id: "clinic", title: "Clinic", duration: .minutes(60), trainerPool: ["ada", "alan"], cohorts: ["two"]))
        let published = F.schedule([
            F.entry("clinic", day: 16, hour: 11, trainers: ["alan"], cohorts: ["two"]),
            F.entry("talk", day: 19, hour: 9),
        ])
        let replanning = Replanning(
            published: published, path: "s.json", freeze: .date(LocalDate(year: 2023, month: 1, day: 18)), freezeText: "2023-01-18")
        let replanned = try replanning.programme(programme)
        #expect(replanned.sessions[2].pin(of: 1)?.trainer == "alan")
        // Trainers who run every occurrence are no pool choice: the frozen talk's pin names none.
        let talk = F.schedule([F.entry("talk", day: 16, hour: 9)])
        let frozenTalk = try Replanning(published: talk, path: "s.json", freeze: replanning.freeze, freezeText: "2023-01-18").programme(programme)
        #expect(frozenTalk.sessions[0].pin(of: 1)?.trainer == nil)
    }

    @Test func aFrozenOccurrenceCannotBeRemoved() {
        let published = F.schedule([F.entry("gone", day: 16, hour: 9)])
        let replanning = Replanning(published: published, path: "s.json", freeze: .instant(seconds: 1_700_000_000), freezeText: "now")
        #expect(throws: ReplanningError.frozenOccurrenceRemoved(published.entries[0], freezeText: "now")) {
            try replanning.programme(Self.programme())
        }
        #expect("\(ReplanningError.frozenOccurrenceRemoved(published.entries[0], freezeText: "now"))"
            == "session 'gone' occurrence 1 ('Gone', 2023-01-16 09:00) is already published and frozen by --freeze-until now, "
            + "but the curriculum no longer has it; restore it, or freeze an earlier date")
    }

    @Test func theInstantLineComparesStartTimes() {
        let entry = F.entry("talk", day: 16, hour: 9)  // 08:00 UTC
        #expect(FreezeLine.instant(seconds: 1_673_856_001).holds(entry))
        #expect(!FreezeLine.instant(seconds: 1_673_856_000).holds(entry))
    }
}
