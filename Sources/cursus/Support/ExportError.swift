/// Why a programme's exports could not be written; the previous exports are then untouched.
enum ExportError: Error, Equatable, CustomStringConvertible {
    /// The system refused to create, write or rename `path`; `reason` is its plain-words reason
    /// ("permission denied", "no space left on device").
    case cannotWrite(path: String, reason: String)
    /// Something other than a folder (`found`: "a regular file", "a symbolic link"…) stands where
    /// the programme's export folder goes.
    case notAFolder(path: String, found: String)

    var description: String {
        switch self {
        case let .cannotWrite(path, reason):
            return "error: cannot write \(path): \(reason)"
        case let .notAFolder(path, found):
            return "error: cannot write \(path)/: \(found) is in the way (the exports of a programme go in a folder)\n"
                + "Maybe move it away, or choose another folder with --out."
        }
    }
}
