import Testing
@testable import Timetabling

@Suite struct SeededGeneratorTests {
    @Test func sameSeedSameSequenceDifferentSeedDifferentSequence() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
        let x = (0..<8).map { _ in a.next() }
        #expect(x == (0..<8).map { _ in b.next() })
        #expect(x != (0..<8).map { _ in c.next() })
    }

    @Test func boundedDrawsStayInRangeAndCoverIt() {
        var g = SeededGenerator(seed: 1)
        var seen = [Int](repeating: 0, count: 7)
        for _ in 0..<7_000 { seen[g.below(7)] += 1 }
        #expect(seen.allSatisfy { $0 > 800 && $0 < 1_200 })
        #expect((0..<1_000).allSatisfy { _ in (0..<1).contains(g.unit()) })
    }
}
