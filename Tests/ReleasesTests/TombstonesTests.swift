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

    @Test func aRemovedBlockStaysCancelledUntilItComesBack() throws {
        var withBlock = F.schedule([F.entry("talk", day: 16, hour: 9)])
        withBlock.blocks = [ScheduledBlock(
            id: "immersion", title: "Immersion", from: LocalDate(year: 2023, month: 2, day: 1), to: LocalDate(year: 2023, month: 2, day: 28),
            venue: nil, cohorts: ["one"], sequence: 0, lastModified: "2023-01-07T10:00:00Z")]
        let first = Tombstones.carry(into: withBlock, previous: nil, programme: F.programme, stamp: "2023-01-07T10:00:00Z")
        #expect(first.cancelledBlocks == nil)

        let without = F.schedule([F.entry("talk", day: 16, hour: 9)])
        let second = Tombstones.carry(into: without, previous: first, programme: F.programme, stamp: "2023-01-08T10:00:00Z")
        let cancelled = try #require(second.cancelledBlocks)
        #expect(cancelled.map(\.id) == ["immersion"])
        #expect(cancelled.first?.sequence == 1)
        #expect(cancelled.first?.lastModified == "2023-01-08T10:00:00Z")

        // Two more runs with unchanged input: the same tombstone, unchanged.
        let third = Tombstones.carry(into: without, previous: second, programme: F.programme, stamp: "2023-01-09T10:00:00Z")
        let fourth = Tombstones.carry(into: without, previous: third, programme: F.programme, stamp: "2023-01-10T10:00:00Z")
        #expect(third.cancelledBlocks == second.cancelledBlocks)
        #expect(fourth.cancelledBlocks == second.cancelledBlocks)

        // The block comes back: its tombstone goes.
        let fifth = Tombstones.carry(into: withBlock, previous: fourth, programme: F.programme, stamp: "2023-01-11T10:00:00Z")
        #expect(fifth.cancelledBlocks == nil)
    }

    @Test func aBlockThatLeavesACohortStaysCancelledInThatCohortsFeedOnly() throws {
        let cohorts = F.programme.cohorts.map(\.id)
        try #require(cohorts.count >= 2, "the fixture needs two cohorts")
        func schedule(cohorts: [String]) -> Schedule {
            var schedule = F.schedule([F.entry("talk", day: 16, hour: 9)])
            schedule.blocks = [ScheduledBlock(
                id: "immersion", title: "Immersion", from: LocalDate(year: 2023, month: 2, day: 1), to: LocalDate(year: 2023, month: 2, day: 28),
                venue: nil, cohorts: cohorts, sequence: 0, lastModified: "2023-01-07T10:00:00Z")]
            return schedule
        }
        let both = Tombstones.carry(into: schedule(cohorts: cohorts), previous: nil, programme: F.programme, stamp: "2023-01-07T10:00:00Z")
        let narrowed = Tombstones.carry(
            into: schedule(cohorts: [cohorts[0]]), previous: both, programme: F.programme, stamp: "2023-01-08T10:00:00Z")
        let cancelled = try #require(narrowed.cancelledBlocks)
        #expect(cancelled.map(\.cohorts) == [Array(cohorts.dropFirst())])
        #expect(cancelled.first?.sequence == 1)
        // Unchanged input twice more: the same tombstone; the cohort back: it goes.
        let again = Tombstones.carry(into: schedule(cohorts: [cohorts[0]]), previous: narrowed, programme: F.programme, stamp: "2023-01-09T10:00:00Z")
        #expect(again.cancelledBlocks == narrowed.cancelledBlocks)
        let back = Tombstones.carry(into: schedule(cohorts: cohorts), previous: again, programme: F.programme, stamp: "2023-01-10T10:00:00Z")
        #expect(back.cancelledBlocks == nil)
    }
}
