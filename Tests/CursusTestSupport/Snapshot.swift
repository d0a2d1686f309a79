public import Foundation
public import Testing

/// Golden-file comparison: text produced by a test against a committed file.
/// `RECORD_SNAPSHOTS=1 swift test --filter …` writes the produced text instead of comparing.
public enum Snapshot {
    /// Whether this run records snapshots (`RECORD_SNAPSHOTS=1`).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Expects `actual` to equal the file at `url` (recorded there instead when recording); a
    /// difference is reported with the first line that differs.
    /// - Parameter normalizing: applied to both texts before comparing (e.g. to leave out what
    ///   depends on the machine); the recorded file holds `actual` as it is.
    public static func expect(
        _ actual: String, matches url: URL, normalizing: (String) -> String = { $0 },
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        if isRecording {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let actual = normalizing(actual)
        let expected = normalizing(String(decoding: try Data(contentsOf: url), as: UTF8.self))
        guard actual != expected else { return }
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(actualLines.count, expectedLines.count)
        Issue.record("""
            \(url.lastPathComponent) differs from its snapshot at line \(line + 1):
              got:      \(line < actualLines.count ? String(actualLines[line]) : "<end>")
              expected: \(line < expectedLines.count ? String(expectedLines[line]) : "<end>")
            """, sourceLocation: sourceLocation)
    }
}
