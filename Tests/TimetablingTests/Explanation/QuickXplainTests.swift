import Testing
@testable import Timetabling

struct QuickXplainTests {
    /// An oracle that rejects a subset when it holds every element of one of `conflicts`.
    static func oracle(_ conflicts: [Set<Int>]) -> ([Int]) -> Bool {
        { subset in !conflicts.contains { $0.isSubset(of: Set(subset)) } }
    }

    @Test func findsTheOnlyConflict() {
        let isConsistent = QuickXplainTests.oracle([[3, 7, 11]])
        #expect(QuickXplain.conflict(Array(0..<20), isConsistent: isConsistent)?.sorted() == [3, 7, 11])
    }

    @Test func returnsNilWhenEverythingHolds() {
        #expect(QuickXplain.conflict(Array(0..<8), isConsistent: QuickXplainTests.oracle([[8, 9]])) == nil)
    }

    @Test func returnsEmptyWhenTheBackgroundFails() {
        #expect(QuickXplain.conflict(Array(0..<5), isConsistent: { _ in false }) == [])
    }

    @Test func resultIsMinimalAmongSeveralConflicts() {
        let conflicts: [Set<Int>] = [[1, 4, 9], [2, 9], [5, 6, 7, 8]]
        let isConsistent = QuickXplainTests.oracle(conflicts)
        let found = QuickXplain.conflict(Array(0..<12), isConsistent: isConsistent) ?? []
        #expect(!isConsistent(found))
        #expect(found.allSatisfy { g in isConsistent(found.filter { $0 != g }) })
        #expect(conflicts.contains(Set(found)))
    }

    @Test func checksStayLogarithmicForASmallConflict() {
        var checks = 0
        let isConsistent = QuickXplainTests.oracle([[17, 400]])
        let found = QuickXplain.conflict(Array(0..<512)) { (subset: [Int]) -> Bool in
            checks += 1
            return isConsistent(subset)
        }
        #expect(found?.sorted() == [17, 400])
        #expect(checks < 40)
    }
}
