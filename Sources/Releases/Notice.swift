public import Curriculum

/// A ready-to-send notice for one recipient of a release: plain text in the programme's language,
/// and an RFC 5322 message (see `Notice+Email.swift`). Cursus writes notices; it never sends mail.
public struct Notice: Sendable {
    public let report: ChangeReport
    public let recipient: Recipient
    public let release: Int

    public init(report: ChangeReport, recipient: Recipient, release: Int) {
        self.report = report
        self.recipient = recipient
        self.release = release
    }

    public var subject: String { report.words.subject(report.diff.new.title, release: release) }

    /// The body: greeting, what changed for the recipient, a word on the attached calendar.
    public var text: String {
        let words = report.words
        let day = LocalDate(iso: String(report.diff.new.published.prefix(10))) ?? report.diff.new.entries.first?.date
            ?? LocalDate(year: 1970, month: 1, day: 1)
        let lines = [words.greeting(recipient.name), "", words.introduction(report.diff.new.title, release: release, date: day), ""]
            + report.lines(for: recipient) + ["", words.attachment]
        return lines.joined(separator: "\n") + "\n"
    }
}
