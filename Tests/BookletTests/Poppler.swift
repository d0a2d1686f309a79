import CursusTestSupport
import Foundation

/// Runs the poppler-utils tools on a PDF written to a temporary file, removed when done.
final class Poppler: Sendable {
    let path: String

    /// Writes `bytes` to a fresh temporary file.
    init(bytes: [UInt8]) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cursus-booklet-tests")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(UUID().uuidString + ".pdf")
        try Data(bytes).write(to: url)
        path = url.path
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The text of pages `first…last` (all when nil), in reading order.
    func text(first: Int? = nil, last: Int? = nil) throws -> String {
        var arguments = ["-enc", "UTF-8"]
        if let first { arguments += ["-f", String(first)] }
        if let last { arguments += ["-l", String(last)] }
        return try run("pdftotext", arguments + [path, "-"])
    }

    /// The text of every page laid out as on the page (`pdftotext -layout`), pages separated by form feeds.
    func layoutText() throws -> String {
        try run("pdftotext", ["-enc", "UTF-8", "-layout", path, "-"])
    }

    /// `pdfinfo` fields by name ("Pages", "Page size", …).
    func info() throws -> [String: String] {
        var fields: [String: String] = [:]
        for line in try run("pdfinfo", [path]).split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    /// The rows of `pdffonts` (name, type, encoding, emb, sub, uni, object, generation), heading excluded.
    func fonts() throws -> [[String]] {
        try run("pdffonts", [path]).split(separator: "\n").dropFirst(2).map { $0.split(separator: " ").map(String.init) }
    }

    /// Every word with its page and box (points, origin at the top left), from `pdftotext -bbox`.
    func words() throws -> [(page: Int, text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double)] {
        let html = try run("pdftotext", ["-bbox", path, "-"])
        var result: [(page: Int, text: String, xMin: Double, yMin: Double, xMax: Double, yMax: Double)] = []
        var page = 0
        for line in html.split(separator: "\n") {
            if line.contains("<page ") { page += 1; continue }
            guard line.contains("<word "), let open = line.firstIndex(of: ">"), let close = line.range(of: "</word>") else { continue }
            func number(_ name: String) -> Double {
                guard let range = line.range(of: name + "=\"") else { return .nan }
                return Double(line[range.upperBound...].prefix { $0 != "\"" }) ?? .nan
            }
            result.append((page, String(line[line.index(after: open)..<close.lowerBound]),
                           number("xMin"), number("yMin"), number("xMax"), number("yMax")))
        }
        return result
    }

    private func run(_ tool: String, _ arguments: [String]) throws -> String {
        let run = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/" + tool), arguments)
        guard run.status == 0 else { throw PopplerError.failed(tool, run.status) }
        return run.standardOutput
    }
}

enum PopplerError: Error {
    case failed(String, Int32)
}
