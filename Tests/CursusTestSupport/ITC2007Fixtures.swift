public import Foundation

/// The ITC-2007 curriculum-based instances committed under `Tests/Fixtures/itc2007`.
public enum ITC2007Fixtures {
    public static let directory = PackageRoot.url("Tests/Fixtures/itc2007")

    /// The instances used by the tests, in order.
    public static let names = ["comp01", "comp02", "comp03", "comp04", "comp05", "comp06", "comp07"]

    /// The `.ctt` file of instance `name` (e.g. `comp01`).
    public static func path(_ name: String) -> String { directory.appendingPathComponent("\(name).ctt").path }

    public static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
}
