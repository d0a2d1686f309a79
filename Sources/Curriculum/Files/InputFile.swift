internal import Foundation

/// Reads an input file (curriculum, calendar, instance, schedule) without trusting it: what is not a
/// regular file (a folder, a FIFO, a device, a socket) is refused before anything is read, without
/// blocking (the file is opened with `O_NONBLOCK`, then checked with `fstat`), and a file is read
/// only up to its reader's limit.
public enum InputFile {
    /// The bytes of the regular file at `path`, at most `limit` of them.
    /// - Throws: ``InputFileError`` (`.missing`, `.notAFile`, `.tooLarge`, `.unreadable`).
    /// - Complexity: O(min(size, limit)).
    public static func bytes(atPath path: String, limit: Int) throws(InputFileError) -> [UInt8] {
        let (descriptor, info) = try openRegular(path)
        defer { close(descriptor) }
        guard Int(info.st_size) <= limit else { throw .tooLarge(path: path, bytes: Int(info.st_size), limit: limit) }
        // Read at most one byte over the limit: the file may grow after `fstat`.
        var result = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while true {
            if count == result.count {
                guard count <= limit else { break }
                result += [UInt8](repeating: 0, count: min(max(count, 4096), limit + 1 - count))
            }
            let read = result.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: reason())
            }
            if read == 0 { break }
            count += read
        }
        guard count <= limit else { throw .tooLarge(path: path, bytes: count, limit: limit) }
        return Array(result.prefix(count))
    }

    /// The UTF-8 text of the regular file at `path` (at most `limit` bytes; a leading byte-order mark is dropped).
    /// - Throws: ``InputFileError``, `.notUTF8` at the line and column of the first byte that is not UTF-8.
    public static func text(atPath path: String, limit: Int) throws(InputFileError) -> String {
        try text(bytes(atPath: path, limit: limit), file: path)
    }

    /// `bytes` as UTF-8 text, named `file` in errors (a leading byte-order mark is dropped).
    /// - Throws: ``InputFileError/notUTF8(at:byte:)`` at the first byte that is not UTF-8.
    /// - Complexity: O(n).
    public static func text(_ bytes: [UInt8], file: String) throws(InputFileError) -> String {
        if let text = String(validating: bytes, as: UTF8.self) {
            return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        }
        var line = 1
        var column = 1
        var offset = 0
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                return String(decoding: bytes, as: UTF8.self)
            case .error:
                throw .notUTF8(at: SourceLocation(file: file, line: line, column: column), byte: bytes[min(offset, bytes.count - 1)])
            }
        }
    }

    /// The reason of the last failed call ("permission denied").
    /// Whether `path` names a regular file that can be opened for reading, without reading it.
    /// - Throws: ``InputFileError`` (`.missing`, `.notAFile`, `.unreadable`).
    public static func check(atPath path: String) throws(InputFileError) {
        let (descriptor, _) = try openRegular(path)
        close(descriptor)
    }

    /// The open descriptor of the regular file at `path` and its status; the caller closes it.
    private static func openRegular(_ path: String) throws(InputFileError) -> (Int32, stat) {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw errno == ENOENT ? .missing(path: path) : .unreadable(path: path, reason: reason())
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            close(descriptor)
            throw .unreadable(path: path, reason: reason())
        }
        let found: String? = switch info.st_mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO"
        case S_IFSOCK: "a socket"
        default: "a device"
        }
        if let found {
            close(descriptor)
            throw .notAFile(path: path, found: found)
        }
        return (descriptor, info)
    }

    static func reason() -> String { SystemErrorText.words(errno) }
}
