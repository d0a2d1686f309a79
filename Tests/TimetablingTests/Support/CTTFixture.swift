import Benchmarks
import Curriculum
import CursusTestSupport
import Foundation

/// The committed ITC-2007 instances (Tests/Fixtures/itc2007) as programmes, through the Benchmarks
/// module's reader and mapping — the same path `cursus itc2007` takes.
enum CTTFixture {
    static func programme(_ name: String) throws -> Programme {
        CTTProgrammeMapping(instance: try CTTInstance(contentsOf: ITC2007Fixtures.path(name))).programme
    }
}
