import Curriculum
import Foundation

/// Writes a programme's exports all at once: files go to a staging folder beside the target,
/// `.<programme>.partial-<pid>`, which then takes the place of the previous folder in one atomic
/// exchange (Linux `renameat2` with `RENAME_EXCHANGE`), so that at every instant `<programme>/`
/// is either the complete previous export or the complete new one, and a failed or killed run
/// leaves the previous exports untouched. Staging folders left by dead processes are removed by
/// the next commit in the same root.
struct ExportDirectory {
    /// The final folder, e.g. `exports/emancipasso-2023`.
    let url: URL
    private var files: [(name: String, data: Data)] = []

    init(root: String, programme: String) {
        url = URL(fileURLWithPath: root).appendingPathComponent(programme, isDirectory: true)
    }

    mutating func add(_ name: String, _ data: Data) { files.append((name, data)) }
    mutating func add(_ name: String, text: String) { add(name, Data(text.utf8)) }

    /// Files of the previous export larger than this are not read back (64 MiB).
    static let maximumPreviousBytes = 64 * 1024 * 1024

    /// Reads a file of the previous export, if any (e.g. the published `schedule.json`); nil for
    /// what is not a regular file of at most ``maximumPreviousBytes``.
    func previous(_ name: String) -> Data? {
        (try? InputFile.bytes(atPath: url.appendingPathComponent(name).path, limit: Self.maximumPreviousBytes)).map { Data($0) }
    }

    /// Writes every added file into a staging folder, then exchanges it with the previous folder
    /// and removes the previous one.
    /// - Throws: ``ExportError`` in plain words (the path, and why the system refused).
    func commit() throws(ExportError) {
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        try FileCalls.makeDirectories(parent.path)
        switch FileCalls.kind(url.path) {
        case .directory, nil: break
        case .other(let kind): throw .notAFolder(path: url.path, found: kind)
        }
        Self.removeStale(in: parent)
        let staging = parent.appendingPathComponent(".\(name).partial-\(getpid())", isDirectory: true)
        FileCalls.removeTree(staging.path)
        do {
            try FileCalls.makeDirectories(staging.path)
            for file in files {
                let target = staging.appendingPathComponent(file.name)
                try FileCalls.makeDirectories(target.deletingLastPathComponent().path)
                try FileCalls.write(file.data, to: target.path)
            }
            if FileCalls.kind(url.path) == .directory {
                // After the exchange, the staging path holds the previous export.
                try FileCalls.exchange(staging.path, url.path)
            } else {
                try FileCalls.rename(staging.path, url.path)
            }
        } catch {
            FileCalls.removeTree(staging.path)
            throw error
        }
        FileCalls.removeTree(staging.path)
    }

    /// Removes `.<name>.partial-<pid>` and `.<name>.previous-<pid>` folders in `parent` whose
    /// process is no longer running (or is this one, from an earlier commit).
    static func removeStale(in parent: URL) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries where entry.hasPrefix(".") {
            guard let pid = stalePID(entry), pid == getpid() || !FileCalls.processIsRunning(pid) else { continue }
            FileCalls.removeTree(parent.appendingPathComponent(entry).path)
        }
    }

    /// The pid in a staging folder's name `.<name>.partial-<pid>` (or `.previous-<pid>`), else nil.
    static func stalePID(_ entry: String) -> Int32? {
        for marker in [".partial-", ".previous-"] {
            guard let range = entry.range(of: marker, options: .backwards), range.lowerBound > entry.index(after: entry.startIndex)
            else { continue }
            let digits = entry[range.upperBound...]
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let pid = Int32(digits), pid > 0
            else { continue }
            return pid
        }
        return nil
    }
}
