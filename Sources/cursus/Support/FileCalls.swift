import Curriculum
import Foundation

/// The system calls of the export writer, each failure turned into an ``ExportError`` in plain words.
enum FileCalls {
    /// What stands at a path (without following a final symbolic link).
    enum Kind: Equatable {
        case directory
        case other(String)
    }

    /// What stands at `path`, or nil when nothing does.
    static func kind(_ path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFREG: return .other("a regular file")
        case S_IFLNK: return .other("a symbolic link")
        case S_IFIFO: return .other("a FIFO")
        case S_IFSOCK: return .other("a socket")
        default: return .other("a device")
        }
    }

    /// Creates `path` and its missing parents.
    static func makeDirectories(_ path: String) throws(ExportError) {
        switch kind(path) {
        case .directory: return
        case .other(let found): throw .cannotWrite(path: path + "/", reason: "it is \(found), not a folder")
        case nil: break
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeDirectories(parent) }
        guard mkdir(path, 0o755) == 0 || (errno == EEXIST && kind(path) == .directory) else { throw failure(path + "/") }
    }

    /// Writes `data` to a new file at `path`.
    static func write(_ data: Data, to path: String) throws(ExportError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        var failed: ExportError?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = failure(path)
                    return
                }
                offset += written
            }
        }
        let closed = close(descriptor)
        if let failed { throw failed }
        guard closed == 0 else { throw failure(path) }
    }

    /// Swaps the folders at `a` and `b` in one atomic step (Linux `renameat2(RENAME_EXCHANGE)`);
    /// where the system cannot, moves `b` aside and `a` in its place (two renames).
    static func exchange(_ a: String, _ b: String) throws(ExportError) {
        if let renameat2 = Self.renameat2 {
            if renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0 { return }
            guard errno == EINVAL || errno == ENOSYS else { throw failure(b + "/") }
        }
        let aside = (b as NSString).deletingLastPathComponent + "/.\((b as NSString).lastPathComponent).previous-\(getpid())"
        try rename(b, aside)
        try rename(a, b)
        try rename(aside, a)
    }

    /// Renames `from` to `to` (atomic; `to` must not be a non-empty folder).
    static func rename(_ from: String, _ to: String) throws(ExportError) {
        guard Foundation.rename(from, to) == 0 else { throw failure(to + "/") }
    }

    /// Removes the file or folder tree at `path`, if any (best effort: what remains is stale and
    /// removed by a later run).
    static func removeTree(_ path: String) {
        guard kind(path) != nil else { return }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Whether a process with id `pid` exists (on this machine).
    static func processIsRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// The last failed call's error for `path`, its reason in plain words.
    private static func failure(_ path: String) -> ExportError {
        .cannotWrite(path: path, reason: SystemErrorText.words(errno))
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `RENAME_EXCHANGE` of `<linux/fs.h>`.
    private static let renameExchange: UInt32 = 1 << 1

    /// glibc's `renameat2` (2.28 and later), looked up at run time: Swift's Glibc module does not
    /// declare it (it needs `_GNU_SOURCE`).
    private static let renameat2: RenameAt2? = dlsym(nil, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
}
