import Testing
@testable import Timetabling

@Suite struct PeriodMaskTests {
    @Test func containsAllAgreesWithPeriodByPeriod() {
        var rng = SeededGenerator(seed: 3)
        let open = (0..<40).map { _ in rng.below(4) > 0 }
        let mask = PeriodMask(count: open.count) { open[$0] }
        for start in 0..<open.count {
            for length in 1...(open.count - start) {
                #expect(mask.containsAll(start: start, length: length) == open[start..<(start + length)].allSatisfy { $0 })
            }
        }
    }

    @Test func emptyAndFullSets() {
        #expect(PeriodMask(count: 5) { _ in true }.containsAll(start: 0, length: 5))
        #expect(!PeriodMask(count: 5) { _ in false }.containsAll(start: 2, length: 1))
        #expect(PeriodMask(count: 5) { $0 != 2 }.containsAll(start: 3, length: 2))
        #expect(!PeriodMask(count: 5) { $0 != 2 }.containsAll(start: 1, length: 2))
    }
}
