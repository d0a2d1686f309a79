import Curriculum
import Foundation

extension Notice {
    /// The notice as an RFC 5322 message: UTF-8 subject and names as RFC 2047 encoded words, a
    /// `multipart/mixed` body with the text (`text/plain; charset=utf-8`) and `calendar` (the
    /// recipient's changed events, `text/calendar`, base64). Lines end with CRLF. The recipient is
    /// an empty group named after them (`To: Yannick Blanc:;`): fill in an address before sending.
    public func email(calendar: String) -> String {
        let programme = report.diff.new.programme
        let boundary = "cursus-\(SHA256.hex(Array((text + calendar).utf8)).prefix(24))"
        let headers = [
            "From: \(Self.phrase(report.diff.new.title)) <cursus@\(programme).invalid>",
            "To: \(Self.phrase(recipient.name)):;",
            "Subject: \(Self.encodedWords(subject))",
            "Date: \(Self.rfc5322Date(report.diff.new.published))",
            "Message-ID: <release-\(release).\(recipient.fileStem)@\(programme).cursus>",
            "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=\"\(boundary)\"",
        ]
        let parts = [
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
            Self.base64Lines(Data(text.utf8)),
            "--\(boundary)",
            "Content-Type: text/calendar; charset=utf-8; name=\"\(recipient.fileStem).ics\"",
            "Content-Disposition: attachment; filename=\"\(recipient.fileStem).ics\"",
            "Content-Transfer-Encoding: base64",
            "",
            Self.base64Lines(Data(calendar.utf8)),
            "--\(boundary)--",
        ]
        return (headers + [""] + parts).joined(separator: "\r\n") + "\r\n"
    }

    /// A display name as an RFC 5322 phrase: RFC 2047 encoded words when it is not ASCII, a quoted
    /// string when it holds specials, else itself.
    static func phrase(_ text: String) -> String {
        if text.unicodeScalars.contains(where: { $0.value >= 127 || $0.value < 32 }) { return encodedWords(text) }
        if text.unicodeScalars.contains(where: { "\"(),.:;<>@[\\]".unicodeScalars.contains($0) }) {
            return "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        return text
    }

    /// A header value as RFC 2047 encoded words of at most 75 characters each, folded onto
    /// continuation lines, never splitting a UTF-8 character.
    static func encodedWords(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 127 || $0.value < 32 }) else { return text }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            // 12 characters of "=?UTF-8?B?" and "?=", base64 grows 3 bytes into 4 characters.
            if !chunk.isEmpty, 12 + (chunk.count + bytes.count + 2) / 3 * 4 > 75 {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    /// Base64 in lines of 76 characters (RFC 2045), CRLF between them.
    static func base64Lines(_ data: Data) -> String {
        data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
    }

    /// `2023-01-07T10:13:20Z` as `Sat, 07 Jan 2023 10:13:20 +0000`.
    static func rfc5322Date(_ iso: String) -> String {
        let formatter = ISO8601DateFormatter()
        let date = formatter.date(from: iso) ?? Date(timeIntervalSince1970: 0)
        let output = DateFormatter()
        output.locale = Locale(identifier: "en_US_POSIX")
        output.timeZone = TimeZone(identifier: "UTC")
        output.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return output.string(from: date)
    }
}
