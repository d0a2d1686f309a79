import Testing
@testable import Timetabling

@Suite struct LubySequenceTests {
    @Test func firstTermsAreLubys() {
        #expect((0..<15).map(LubySequence.term) == [1, 1, 2, 1, 1, 2, 4, 1, 1, 2, 1, 1, 2, 4, 8])
    }

    @Test func firstTwoToTheKMinusOneTermsSumToKTimesTwoToTheKMinusOne() {
        for k in 1...8 {
            #expect((0..<((1 << k) - 1)).map(LubySequence.term).reduce(0, +) == k << (k - 1))
        }
    }
}
