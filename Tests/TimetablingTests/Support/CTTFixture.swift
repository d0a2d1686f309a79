import Benchmarks
import Curriculum
import Foundation

/// The committed ITC-2007 instances (Tests/Fixtures/itc2007) as programmes, through the Benchmarks
/// module's reader and mapping — the same path `cursus itc2007` takes.
enum CTTFixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/Fixtures/itc2007")

    static func programme(_ name: String) throws -> Programme {
        let path = directory.appendingPathComponent("\(name).ctt").path
        return CTTProgrammeMapping(instance: try CTTInstance(contentsOf: path)).programme
    }
}
