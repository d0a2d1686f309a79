import Curriculum

extension SourceLocation {
    /// Where `"key"` stands as a key (followed by `:`) in the JSON `text` of `file`, 1-based; the
    /// start of the file when it is not found.
    init(file: String, json text: String, key: String) {
        self.init(file: file, line: 1, column: 1)
        let token = Array("\"\(key)\"".utf8), bytes = Array(text.utf8)
        var line = 1, column = 1, i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        while i < bytes.count {
            if bytes.count - i >= token.count, bytes[i..<i + token.count].elementsEqual(token) {
                var j = i + token.count
                while j < bytes.count, isSpace(bytes[j]) { j += 1 }
                if j < bytes.count, bytes[j] == UInt8(ascii: ":") {
                    (self.line, self.column) = (line, column)
                    return
                }
            }
            if bytes[i] == 0x0A { (line, column) = (line + 1, 1) } else if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
    }
}
