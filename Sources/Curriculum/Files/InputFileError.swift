/// Why an input file was not read; ``reason`` says it in plain words for each reader's own message.
public enum InputFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing stands at `path`.
    case missing(path: String)
    /// Something other than a regular file stands at `path`; `found` is "a folder", "a FIFO", "a device" or "a socket".
    case notAFile(path: String, found: String)
    /// The file has `bytes` bytes (or more), over the reader's `limit`.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// The system refused to open or read the file (`reason`: "permission denied"…).
    case unreadable(path: String, reason: String)
    /// The text is not UTF-8: `byte` at `location` starts no valid UTF-8 sequence.
    case notUTF8(at: SourceLocation, byte: UInt8)

    /// The file named by the error.
    public var path: String {
        switch self {
        case let .missing(path), let .notAFile(path, _), let .tooLarge(path, _, _), let .unreadable(path, _): return path
        case let .notUTF8(location, _): return location.file
        }
    }

    /// Why, without the path: "no such file", "it is a FIFO, not a regular file"…
    public var reason: String {
        switch self {
        case .missing: return "no such file"
        case let .notAFile(_, found): return "it is \(found), not a regular file"
        case let .tooLarge(_, bytes, limit): return "it has \(bytes) bytes or more, over the limit of \(limit) bytes"
        case let .unreadable(_, reason): return reason
        case let .notUTF8(_, byte):
            return "byte 0x\(String(byte, radix: 16, uppercase: true)) is not UTF-8 text (maybe the file was saved as Latin-1 or Windows-1252: save it as UTF-8)"
        }
    }

    /// `path: error: cannot read the file: reason`, or `file:line:column: error: …` for text that is not UTF-8.
    public var description: String {
        switch self {
        case let .notUTF8(location, _): return "\(location): error: \(reason)"
        default: return "\(path): error: cannot read the file: \(reason)"
        }
    }
}
