internal import Curriculum

/// Splits a `.ctt` or `.sol` text into whitespace-separated words, each with its location, and
/// reads them one at a time with typed expectations that throw located ``CTTError``s.
struct CTTScanner {
    struct Word {
        var text: String
        var location: SourceLocation
    }

    private let words: [Word]
    private let end: SourceLocation
    private var index = 0

    init(text: String, file: String) {
        var words: [Word] = []
        var line = 1
        var column = 1
        var current = ""
        var start = SourceLocation(file: file, line: 1, column: 1)
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" {
                if !current.isEmpty { words.append(Word(text: current, location: start)) }
                current = ""
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                continue
            }
            if current.isEmpty { start = SourceLocation(file: file, line: line, column: column) }
            current.unicodeScalars.append(scalar)
            column += 1
        }
        if !current.isEmpty { words.append(Word(text: current, location: start)) }
        self.words = words
        self.end = SourceLocation(file: file, line: line, column: column)
    }

    /// The next word, without consuming it; nil at the end.
    var peek: Word? { index < words.count ? words[index] : nil }

    /// Whether every word has been read.
    var atEnd: Bool { index >= words.count }

    /// Where the next word starts (or the end of the text).
    var location: SourceLocation { peek?.location ?? end }

    private func failure(_ expected: CTTError.Expectation) -> CTTError {
        .unexpected(expected: expected, found: peek.map { .token($0.text) } ?? .endOfFile, at: location)
    }

    /// Consumes `word`, or throws.
    mutating func expect(keyword word: String, counted: String? = nil) throws(CTTError) {
        guard peek?.text == word else { throw failure(.keyword(word, counted: counted)) }
        index += 1
    }

    /// Consumes any word, or throws at the end of the text.
    mutating func name(_ what: String) throws(CTTError) -> Word {
        guard let word = peek else { throw failure(.name(what)) }
        index += 1
        return word
    }

    /// Consumes a word that is not one of `keywords` (the start of the next section), or throws with
    /// the item expectation.
    mutating func item(
        kind: String, index: Int, count: Int, header: String, keywords: Set<String>
    ) throws(CTTError) -> Word {
        guard let word = peek, !keywords.contains(word.text) else {
            throw failure(.item(kind: kind, index: index, count: count, header: header))
        }
        self.index += 1
        return word
    }

    /// Consumes an integer inside `range`, or throws.
    mutating func integer(_ what: String, in range: ClosedRange<Int>) throws(CTTError) -> Int {
        guard let word = peek, let value = Int(word.text), range.contains(value) else {
            throw failure(.integer(what, range: range))
        }
        index += 1
        return value
    }

    /// Throws unless every word has been read.
    func expectEnd() throws(CTTError) {
        guard atEnd else { throw failure(.endOfFile) }
    }

    /// Throws `expected` at the word just read (for checks made after reading, e.g. an unknown id).
    func reject(_ word: Word, expected: CTTError.Expectation) -> CTTError {
        .unexpected(expected: expected, found: .token(word.text), at: word.location)
    }
}
