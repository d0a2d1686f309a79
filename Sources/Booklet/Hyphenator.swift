import CHyphen
import Foundation

// Every call into libhyphen lives in this file; the dictionary is owned and freed in `deinit`.

/// The hyphenation points of one language, from a libhyphen (`.dic`) dictionary: marks each point
/// where a word may break with a soft hyphen (U+00AD), for Pango to break a narrow line there and
/// draw the hyphen. A line never breaks inside a word at any other point.
final class Hyphenator {
    /// At least this many letters before and after a break (French typography: 2 and 3).
    static let leftMinimum = 2
    static let rightMinimum = 3

    private let dictionary: UnsafeMutablePointer<HyphenDict>
    private let encoding: String.Encoding
    /// The dictionary's file.
    let path: String

    /// The dictionary of BCP 47 tag `language` in `Hyphenator.directories`; nil when none is
    /// installed or its character set is neither UTF-8 nor ISO 8859-1.
    init?(language: String) {
        guard let path = Hyphenator.dictionaryPath(for: language, in: Hyphenator.directories), let dictionary = hnj_hyphen_load(path) else {
            return nil
        }
        let charset = withUnsafeBytes(of: dictionary.pointee.cset) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch charset.uppercased().replacingOccurrences(of: "-", with: "") {
        case "UTF8": encoding = .utf8
        case "ISO88591": encoding = .isoLatin1
        default:
            hnj_hyphen_free(dictionary)
            return nil
        }
        self.dictionary = dictionary
        self.path = path
    }

    deinit { hnj_hyphen_free(dictionary) }

    /// Where dictionaries are installed: `hyphen` under each of `XDG_DATA_DIRS` (by default
    /// `/usr/local/share` and `/usr/share`, where Debian's `hyphen-*` packages put them).
    static var directories: [String] {
        let data = ProcessInfo.processInfo.environment["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/share:/usr/share"
        return data.split(separator: ":").map { $0 + "/hyphen" }
    }

    /// The first of `hyph_fr_CA.dic`, `hyph_fr.dic`, `hyph_fr_FR.dic`, then any `hyph_fr_*.dic` (in
    /// name order) found in `directories`, for the tag `fr-CA`.
    static func dictionaryPath(for language: String, in directories: [String]) -> String? {
        let subtags = language.split(whereSeparator: { $0 == "-" || $0 == "_" }).map(String.init)
        guard let primary = subtags.first?.lowercased(), !primary.isEmpty else { return nil }
        let region = subtags.dropFirst().first { $0.count == 2 && $0.allSatisfy(\.isLetter) }?.uppercased()
        let names = (region.map { ["hyph_\(primary)_\($0).dic"] } ?? []) + ["hyph_\(primary).dic", "hyph_\(primary)_\(primary.uppercased()).dic"]
        for directory in directories {
            for name in names where FileManager.default.isReadableFile(atPath: directory + "/" + name) {
                return directory + "/" + name
            }
        }
        for directory in directories {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            if let name = files.filter({ $0.hasPrefix("hyph_\(primary)_") && $0.hasSuffix(".dic") }).sorted().first {
                return directory + "/" + name
            }
        }
        return nil
    }

    /// `text` with a soft hyphen at every hyphenation point of its words.
    func hyphenate(_ text: String) -> String {
        var result = ""
        var word = ""
        for character in text {
            if character.isLetter {
                word.append(character)
            } else {
                result += hyphenate(word: word)
                word = ""
                result.append(character)
            }
        }
        return result + hyphenate(word: word)
    }

    /// One word (letters only) with its soft hyphens. Words too short to break and acronyms
    /// (capitals after the first letter) stay whole; so does a word the dictionary's character set
    /// cannot write.
    private func hyphenate(word: String) -> String {
        let characters = Array(word)
        guard characters.count >= Self.leftMinimum + Self.rightMinimum, !characters.dropFirst().contains(where: \.isUppercase) else {
            return word
        }
        // The lower-case word in the dictionary's encoding, and where each character's bytes end.
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for character in characters {
            guard let encoded = String(character).lowercased().data(using: encoding) else { return word }
            bytes += encoded
            ends.append(bytes.count)
        }
        var hyphens = [CChar](repeating: 0, count: bytes.count + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        // libhyphen reads the word as a C string too (strstr): it must end with a NUL, not counted in its length
        // (AddressSanitizer caught the read past a buffer without one).
        let status = (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { buffer in
            hnj_hyphen_hyphenate3(
                dictionary, buffer.baseAddress, Int32(buffer.count - 1), &hyphens, nil, &replacements, &positions, &cuts,
                Int32(Self.leftMinimum), Int32(Self.rightMinimum), Int32(Self.leftMinimum), Int32(Self.rightMinimum)
            )
        }
        // A non-standard break (German "Schiffahrt" → "Schiff-fahrt") changes letters: not taken.
        var changesLetters = [Bool](repeating: false, count: bytes.count)
        if let replacements {
            for index in 0..<bytes.count where replacements[index] != nil {
                changesLetters[index] = true
                free(replacements[index])
            }
            free(replacements)
        }
        free(positions)
        free(cuts)
        guard status == 0 else { return word }
        var result = ""
        for (index, character) in characters.enumerated() {
            result.append(character)
            let last = ends[index] - 1
            if index < characters.count - 1, hyphens[last] & 1 == 1, !changesLetters[last] { result.append("\u{00AD}") }
        }
        return result
    }
}
