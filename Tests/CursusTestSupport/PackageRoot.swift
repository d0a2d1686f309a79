public import Foundation

/// The root of the Cursus package (the folder holding Package.swift), found from this file's path, so
/// that tests read the bundled curricula, fixtures and scripts wherever the checkout is.
public enum PackageRoot {
    public static let url: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The file or folder at `relativePath` (e.g. `curricula/cluny-mas-2023.yaml`) under the root.
    public static func url(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    /// The path of `relativePath` under the root.
    public static func path(_ relativePath: String) -> String { url(relativePath).path }
}
