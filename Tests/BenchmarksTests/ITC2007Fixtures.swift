import Foundation

/// The ITC-2007 instances stored under `Tests/Fixtures/itc2007`.
enum ITC2007Fixtures {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/itc2007")

    static let names = ["comp01", "comp02", "comp03", "comp04", "comp05", "comp06", "comp07"]

    static func path(_ name: String) -> String { directory.appendingPathComponent("\(name).ctt").path }

    static func text(_ name: String) throws -> String { try String(contentsOfFile: path(name), encoding: .utf8) }
}
