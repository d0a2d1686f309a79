import Curriculum
import Timetabling

/// Writes programmes that are feasible by construction: it first draws a witness timetable (who
/// teaches whom, where and when, with no one booked twice), then writes rules that the witness
/// keeps — sequences along the drawn order, same-day pairs where they fell on one date,
/// availability outside the drawn times, loads and module spans as drawn.
///
/// The same shape, size, slack and seed give the same programme. The generator lives outside the
/// solver library on purpose: the solver never sees the witness.
public struct PlantedGenerator: Sendable {
    public var shape: PlantedShape
    /// Session occurrences to aim at (the result is within a few of it).
    public var occurrences: Int
    public var slack: PlantedSlack
    public var seed: UInt64

    public init(shape: PlantedShape, occurrences: Int, slack: PlantedSlack, seed: UInt64) {
        self.shape = shape
        self.occurrences = max(1, occurrences)
        self.slack = slack
        self.seed = seed
    }

    public func generate() -> PlantedProgramme {
        var rng = SeededGenerator(seed: seed &* 0x9E37_79B9 &+ UInt64(occurrences) &* 31 &+ UInt64(shape.hashSeed))
        let (programme, book) = switch shape {
        case .intensive: intensive(&rng)
        case .modular: modular(&rng)
        case .workshops: workshops(&rng)
        }
        return PlantedProgramme(
            shape: shape, slack: slack, programme: programme, witness: book.schedule(of: programme),
            yaml: ProgrammeWriter.yaml(programme))
    }

    /// The programme's id: shape, size, slack and seed.
    var programmeID: String { "planted-\(shape.rawValue)-\(occurrences)-\(slack.rawValue)-\(seed)" }

    /// A random composition of `minutes` into parts of 60, 90 and 120 minutes (`minutes` ≥ 60, a multiple of 30).
    static func compose(_ minutes: Int, _ rng: inout SeededGenerator) -> [Int] {
        var parts: [Int] = []
        var rest = minutes
        while rest > 0 {
            let options = [60, 90, 120].filter { $0 <= rest && (rest - $0 == 0 || rest - $0 >= 60) }
            guard !options.isEmpty else { break }
            let part = options[rng.below(options.count)]
            parts.append(part)
            rest -= part
        }
        return parts
    }

    /// `items` in a seeded random order.
    static func shuffled<T>(_ items: [T], _ rng: inout SeededGenerator) -> [T] {
        var result = items
        for i in stride(from: result.count - 1, to: 0, by: -1) { result.swapAt(i, rng.below(i + 1)) }
        return result
    }
}

extension PlantedShape {
    var hashSeed: Int {
        switch self {
        case .intensive: 1
        case .modular: 2
        case .workshops: 3
        }
    }
}
