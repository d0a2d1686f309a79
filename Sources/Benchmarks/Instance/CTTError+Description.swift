internal import Curriculum

extension CTTError: CustomStringConvertible {
    /// `file:line:column: error: expected …, found …`, with a `Maybe …` line when one helps.
    public var description: String {
        switch self {
        case let .unreadable(path, reason):
            return "\(path): error: cannot read the file: \(reason)"
        case let .notUTF8(location, reason):
            return "\(location): error: \(reason)"
        case let .unexpected(expected, found, location):
            let text = "\(location): error: expected \(expected.phrase), found \(found.phrase)"
            guard let hint = expected.hint(found: found) else { return text }
            return text + "\n" + hint
        }
    }
}

extension CTTError.Expectation {
    var phrase: String {
        switch self {
        case let .keyword(word, _): return "'\(word)'"
        case let .name(what): return what
        case let .item(kind, index, count, header): return "\(kind) \(index) of \(count) ('\(header)')"
        case let .integer(what, range):
            if range.upperBound == Int.max { return "\(what), an integer of at least \(range.lowerBound)" }
            return "\(what), an integer from \(range.lowerBound) to \(range.upperBound)"
        case let .declared(kind, section): return "\(kind) declared under '\(section)'"
        case let .new(kind, previous): return "a new \(kind) (line \(previous.line) already declares this one)"
        case .endOfFile: return "the end of the file"
        }
    }

    func hint(found: CTTError.Found) -> String? {
        switch self {
        case let .keyword(_, counted?) where found != .endOfFile:
            return "Maybe '\(counted)' in the header is too small."
        case let .item(_, _, _, header):
            return "Maybe '\(header)' in the header is too large."
        default:
            return nil
        }
    }
}

extension CTTError.Found {
    var phrase: String {
        switch self {
        case let .token(text): return "'\(text)'"
        case .endOfFile: return "the end of the file"
        }
    }
}
