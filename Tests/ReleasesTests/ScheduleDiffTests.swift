import Curriculum
import Releases
import Testing

@Suite struct ScheduleDiffTests {
    typealias F = ReleaseFixtures

    @Test func movedReassignedAddedAndRemovedOccurrences() {
        let old = F.schedule([
            F.entry("talk", day: 16, hour: 9), F.entry("lab", day: 17, hour: 9, room: "b", trainers: ["alan"]),
            F.entry("walk", day: 18, hour: 14, trainers: ["ada"], cohorts: ["two"]), F.entry("gone", day: 19, hour: 9),
        ])
        let new = F.schedule([
            F.entry("talk", day: 16, hour: 9), F.entry("lab", day: 17, hour: 10, room: "b", trainers: ["alan"]),
            F.entry("walk", day: 18, hour: 14, trainers: ["alan"], cohorts: ["two"]), F.entry("new", day: 20, hour: 9, cohorts: ["two"]),
        ])
        let diff = ScheduleDiff(old: old, new: new)
        #expect(diff.changes.map(\.occurrence.key) == ["lab/1", "walk/1", "gone/1", "new/1"])
        let ada = Recipient(kind: .trainer, id: "ada", name: "Ada Lovelace")
        let alan = Recipient(kind: .trainer, id: "alan", name: "Alan Turing")
        // Ada loses the walk (given to Alan) and the removed session; Alan's lab moved and he gains the walk.
        #expect(diff.changes(for: ada) == [.cancelled(old.entries[2]), .cancelled(old.entries[3]), .added(new.entries[3])])
        #expect(diff.changes(for: alan) == [.moved(from: old.entries[1], to: new.entries[1]), .added(new.entries[2])])
        // Cohort two keeps the walk at the same time and place: only the new session concerns it.
        #expect(diff.changes(for: Recipient(kind: .cohort, id: "two", name: "Groupe 2")) == [.added(new.entries[3])])
        #expect(diff.recipients.map(\.fileStem) == ["trainer-ada", "trainer-alan", "cohort-one", "cohort-two", "room-a", "room-b"])
    }

    @Test func identicalSchedulesHaveNoChange() {
        let schedule = F.schedule([F.entry("talk", day: 16, hour: 9)])
        let diff = ScheduleDiff(old: schedule, new: schedule)
        #expect(diff.isEmpty)
        #expect(diff.recipients.isEmpty)
        #expect(ChangeReport(diff: diff).text == "Aucun changement.\n")
        #expect(ChangeReport(diff: diff).summary == "no change")
    }

    @Test func reportInTheProgrammesLanguage() {
        let old = F.schedule([F.entry("lab", day: 17, hour: 9, room: "b", trainers: ["alan"])])
        let new = F.schedule([F.entry("lab", day: 1, hour: 10, room: "a", trainers: ["alan"])])
        let report = ChangeReport(diff: ScheduleDiff(old: old, new: new))
        #expect(report.programmeLines == [
            "déplacé\u{00A0}: Lab, mardi 17 janvier 2023, 09:00–10:00, Salle B, Alan Turing → dimanche 1er janvier 2023, 10:00–11:00, Salle A, Alan Turing",
        ])
        #expect(report.summary == "1 moved, 0 added, 0 cancelled; concerned: 1 trainer, 1 cohort, 2 rooms")
        #expect(report.section(for: Recipient(kind: .room, id: "b", name: "Salle B")) == [
            "Salle B (salle)", "  annulé\u{00A0}: Lab", "    mardi 17 janvier 2023, 09:00–10:00, Salle B, Alan Turing",
        ])
        #expect(ReleaseWords(languageTag: "it").date(LocalDate(year: 2023, month: 11, day: 6)) == "lunedì 6 novembre 2023")
        #expect(ReleaseWords(languageTag: "en-GB").date(LocalDate(year: 2023, month: 11, day: 6)) == "Monday 6 November 2023")
    }
}
