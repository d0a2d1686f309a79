import Curriculum
import Releases
import Testing

@Suite struct TombstonesTests {
    typealias F = ReleaseFixtures

    @Test func aRemovedOccurrenceStaysCancelledUntilItComesBack() throws {
        let first = Tombstones.carry(into: F.schedule([F.entry("talk", day: 16, hour: 9), F.entry("lab", day: 17, hour: 9)]),
                                     previous: nil, programme: F.programme, stamp: "2023-01-07T10:00:00Z")
        #expect(first.cancellations == nil)
        #expect(first.names?["trainer:ada"] == "Ada Lovelace")

        // Ada and the lab leave the programme.
        var programme = F.programme
        programme.trainers.removeAll { $0.id == "ada" }
        let second = Tombstones.carry(into: F.schedule([F.entry("talk", day: 16, hour: 9, trainers: [])]), previous: first,
                                      programme: programme, stamp: "2023-01-08T10:00:00Z")
        let cancellations = try #require(second.cancellations)
        #expect(cancellations.map(\.occurrence.key) == ["talk/1", "lab/1"])
        #expect(cancellations.map(\.occurrence.sequence) == [1, 1])
        #expect(cancellations.allSatisfy { $0.occurrence.lastModified == "2023-01-08T10:00:00Z" })
        #expect(cancellations[1].names == ["trainer:ada": "Ada Lovelace", "room:a": "Salle A", "cohort:one": "Groupe 1", "venue:paris": "Paris"])

        // Unchanged input later: the same cancellations, unchanged.
        let third = Tombstones.carry(into: F.schedule([F.entry("talk", day: 16, hour: 9, trainers: [])]), previous: second,
                                     programme: programme, stamp: "2023-01-09T10:00:00Z")
        #expect(third.cancellations == second.cancellations)

        // The lab comes back as it was: its cancellation goes; Ada's talk stays cancelled in her feed.
        let fourth = Tombstones.carry(into: F.schedule([F.entry("talk", day: 16, hour: 9, trainers: []), F.entry("lab", day: 17, hour: 9)]),
                                      previous: third, programme: F.programme, stamp: "2023-01-10T10:00:00Z")
        #expect(fourth.cancellations?.map(\.occurrence.key) == ["talk/1"])
    }
}
