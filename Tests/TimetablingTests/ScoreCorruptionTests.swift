import Testing
import Timetabling

@Suite struct ScoreCorruptionTests {
    @Test func theMessageNamesEachRuleTheDifferenceAndTheMove() {
        let corruption = ScoreCorruption(
            thread: 1, iteration: 1_234, move: "swap",
            moved: [
                .init(session: "algebra", occurrence: 2, from: (period: 5, room: "B12"), to: (period: 9, room: "B12")),
                .init(session: "physics", occurrence: 1, from: (period: 9, room: nil), to: (period: 5, room: nil)),
            ],
            disagreements: [
                .init(name: "resource clash", isHard: true, incremental: 3, recounted: 4),
                .init(name: "compactness", isHard: false, incremental: 12, recounted: 10),
            ])
        #expect(corruption.message == "score corruption in search 1 after move 1234 (swap): "
            + "hard rule 'resource clash': incremental 3, recounted 4 (off by -1); "
            + "soft rule 'compactness': incremental 12, recounted 10 (off by +2); "
            + "the move changed 'algebra' #2 period 5 room 'B12' -> period 9 room 'B12', 'physics' #1 period 9 -> period 5")
    }
}
