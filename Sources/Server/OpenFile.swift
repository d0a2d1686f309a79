import Foundation
#if canImport(Glibc)
// `struct stat` and `timespec` reach Swift through Dispatch's C module on Linux.
import CDispatch
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file or folder opened for reading, with what `fstat` said of it; closes its descriptor in `deinit`.
///
/// A class because it owns a descriptor (STYLE.md rule 4); used by one request at a time.
final class OpenFile {
    let descriptor: Int32
    let status: stat

    /// Opens `path` relative to the folder `directory` (following symbolic links); nil when it cannot.
    init?(at path: String, in directory: Int32) {
        let descriptor = openat(directory, path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
        self.status = status
    }

    deinit { close(descriptor) }

    var isRegular: Bool { status.st_mode & S_IFMT == S_IFREG }
    var isDirectory: Bool { status.st_mode & S_IFMT == S_IFDIR }

    /// What tells this version of the file from another: device, inode, size, and change times.
    var identity: FileIdentity {
        #if os(Linux)
        let modified = status.st_mtim, changed = status.st_ctim
        #else
        let modified = status.st_mtimespec, changed = status.st_ctimespec
        #endif
        return FileIdentity(
            device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
            modifiedSeconds: Int64(modified.tv_sec), modifiedNanoseconds: Int64(modified.tv_nsec),
            changedSeconds: Int64(changed.tv_sec), changedNanoseconds: Int64(changed.tv_nsec)
        )
    }

    /// The whole file, read through the descriptor; nil on a read error.
    func contents() -> [UInt8]? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(status.st_size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }
}
