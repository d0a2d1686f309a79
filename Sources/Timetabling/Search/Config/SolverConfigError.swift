/// What is wrong with a solver configuration file (`--solver-config`); ``message`` writes the text.
public enum SolverConfigError: Error, Equatable, Sendable {
    /// Where a key of the file stands: its line and column (1-based), found in the file's text.
    public struct Location: Equatable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var column: Int

        public init(file: String, line: Int, column: Int) {
            self.file = file
            self.line = line
            self.column = column
        }

        /// The position of `"key"` used as a key (followed by `:`) in `text`; the start of the file
        /// when there is no key or it is not found.
        init(file: String, text: String, key: String?) {
            self.init(file: file, line: 1, column: 1)
            guard let key else { return }
            let token = Array("\"\(key)\"".utf8), bytes = Array(text.utf8)
            var line = 1, column = 1, i = 0
            while i < bytes.count {
                if bytes[i] == token.first, bytes.count - i >= token.count, Array(bytes[i..<i + token.count]) == token {
                    var j = i + token.count
                    while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0A || bytes[j] == 0x0D { j += 1 }
                    if j < bytes.count, bytes[j] == UInt8(ascii: ":") {
                        (self.line, self.column) = (line, column)
                        return
                    }
                }
                if bytes[i] == 0x0A { (line, column) = (line + 1, 1) } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
        }

        public var description: String { "\(file):\(line):\(column)" }
    }

    /// The file could not be read (the CLI reads it).
    case unreadable(file: String, reason: String)
    /// The text is not JSON.
    case syntax(file: String, reason: String)
    /// The JSON is not an object of keys.
    case notAnObject(file: String)
    /// A key that no tuning constant has.
    case unknownKey(Location, key: String, suggestion: String?)
    /// A value of the wrong type or out of its range; `expected` says what it must be, `found`
    /// quotes the file.
    case invalidValue(Location, key: String, expected: String, found: String)
}
