import Foundation

/// Writes a programme's exports all at once: files go to a temporary folder beside the target, which
/// then replaces the previous folder, so a failed or interrupted run leaves the previous exports untouched.
struct ExportDirectory {
    /// The final folder, e.g. `exports/emancipasso-2023`.
    let url: URL
    private var files: [(name: String, data: Data)] = []

    init(root: String, programme: String) {
        url = URL(fileURLWithPath: root).appendingPathComponent(programme, isDirectory: true)
    }

    mutating func add(_ name: String, _ data: Data) { files.append((name, data)) }
    mutating func add(_ name: String, text: String) { add(name, Data(text.utf8)) }

    /// Reads a file of the previous export, if any (e.g. the published `schedule.json`).
    func previous(_ name: String) -> Data? { try? Data(contentsOf: url.appendingPathComponent(name)) }

    /// Writes every added file, then swaps the folder in.
    func commit() throws {
        let manager = FileManager.default
        let parent = url.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())", isDirectory: true)
        let retired = parent.appendingPathComponent(".\(url.lastPathComponent).previous-\(getpid())", isDirectory: true)
        try? manager.removeItem(at: staging)
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        do {
            for file in files {
                let target = staging.appendingPathComponent(file.name)
                try manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.data.write(to: target)
            }
            if manager.fileExists(atPath: url.path) { try manager.moveItem(at: url, to: retired) }
            try manager.moveItem(at: staging, to: url)
            try? manager.removeItem(at: retired)
        } catch {
            try? manager.removeItem(at: staging)
            if !manager.fileExists(atPath: url.path), manager.fileExists(atPath: retired.path) {
                try? manager.moveItem(at: retired, to: url)
            }
            throw error
        }
    }
}
