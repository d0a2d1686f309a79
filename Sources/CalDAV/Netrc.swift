import Foundation

/// The `machine … login … password …` entries of a `.netrc` file (as curl and ftp read it).
struct Netrc: Sendable {
    struct Entry: Sendable, Hashable {
        /// nil for the `default` entry.
        var machine: String?
        var login: String?
        var password: String?
    }

    var entries: [Entry]

    /// Parses the text: tokens separated by white space; `macdef` bodies are skipped up to a blank line.
    init(text: String) {
        var entries: [Entry] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        var tokens: [Substring] = []
        while let line = lines.popFirst() {
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if words.first == "macdef" {
                while let body = lines.popFirst(), !body.trimmingCharacters(in: .whitespaces).isEmpty {}
                continue
            }
            tokens += words
        }
        var index = tokens.startIndex
        func next() -> String? {
            guard index < tokens.endIndex else { return nil }
            defer { index += 1 }
            return String(tokens[index])
        }
        while let token = next() {
            switch token {
            case "machine": entries.append(Entry(machine: next()))
            case "default": entries.append(Entry(machine: nil))
            case "login": if !entries.isEmpty { entries[entries.count - 1].login = next() } else { _ = next() }
            case "password": if !entries.isEmpty { entries[entries.count - 1].password = next() } else { _ = next() }
            case "account": _ = next()
            default: continue
            }
        }
        self.entries = entries
    }

    /// The entry for `host` (and `login`, when given), else the `default` entry.
    func entry(host: String, login: String?) -> Entry? {
        let matches = { (entry: Entry) in login == nil || entry.login == nil || entry.login == login }
        return entries.first { $0.machine == host && matches($0) } ?? entries.first { $0.machine == nil && matches($0) }
    }
}
