public import Curriculum

/// Why a `.ctt` instance or `.sol` solution could not be read. The text is written by
/// ``description`` (see `CTTError+Description.swift`).
public enum CTTError: Error, Hashable, Sendable {
    /// The file could not be opened or decoded.
    case unreadable(path: String, reason: String)
    /// The text is not UTF-8 from `location` on (`reason` says which byte).
    case notUTF8(at: SourceLocation, reason: String)
    /// A token other than what the format requires at that point.
    case unexpected(expected: Expectation, found: Found, at: SourceLocation)

    /// What the reader required.
    public enum Expectation: Hashable, Sendable {
        /// A fixed word such as `COURSES:`; `counted` names the header entry that fixed the length of the
        /// section before it, when the word ends such a section (`Courses: 30`).
        case keyword(String, counted: String? = nil)
        /// An identifier or name, e.g. `the instance name`.
        case name(String)
        /// Item `index` of the `count` items a header entry announced, e.g. course 3 of 30 (`Courses: 30`).
        case item(kind: String, index: Int, count: Int, header: String)
        /// An integer inside `range`, e.g. `the number of lectures`.
        case integer(String, range: ClosedRange<Int>)
        /// An id declared in an earlier section, e.g. a course declared under `COURSES:`.
        case declared(kind: String, section: String)
        /// An id not declared yet; `previous` is where the same id already stands.
        case new(kind: String, previous: SourceLocation)
        /// Nothing more.
        case endOfFile
    }

    /// What the reader found instead.
    public enum Found: Hashable, Sendable {
        case token(String)
        case endOfFile
    }
}
