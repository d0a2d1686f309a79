import FuzzSupport
import Benchmarks

/// A small instance that solutions are read against.
private let instance = try! CTTInstance(
    text: """
        Name: Tiny
        Courses: 2
        Rooms: 2
        Days: 5
        Periods_per_day: 4
        Curricula: 1
        Constraints: 1

        COURSES:
        c1 t1 3 2 30
        c2 t2 2 2 20

        ROOMS:
        r1 40
        r2 25

        CURRICULA:
        q1 2 c1 c2

        UNAVAILABILITY_CONSTRAINTS:
        c1 0 0

        END.
        """,
    file: "tiny.ctt"
)

/// libFuzzer entry: the bytes as a `.ctt` instance (then mapped onto a programme) and as a `.sol`
/// solution of a fixed small instance (then costed).
func fuzzCTT(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: data, count: count), as: UTF8.self)
    if let parsed = try? CTTInstance(text: text, file: "fuzz.ctt") {
        _ = CTTProgrammeMapping(instance: parsed).programme
    }
    if let solution = try? CTTSolution(text: text, file: "fuzz.sol", instance: instance) {
        _ = OfficialCost(instance: instance, solution: solution)
    }
    return 0
}

runFuzzer(fuzzCTT)
