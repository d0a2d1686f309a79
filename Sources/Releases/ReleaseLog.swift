public import Curriculum
public import Foundation

/// The releases of a programme, `exports/<programme>/releases/<n>/`, and what a new one holds.
///
/// Each release folder has `release.json` (``Release``), `schedule.json` (the schedule as published
/// then), `changes.txt` (``ChangeReport/text``) and `notices/<kind>-<id>.txt` and `.eml` for each
/// recipient. A publication makes a release when nothing was published before or when its schedule
/// has changes (``ScheduleDiff``); otherwise the log is left as it is.
public struct ReleaseLog: Sendable {
    /// The releases so far, by number.
    public var releases: [Release]

    public init(releases: [Release]) { self.releases = releases.sorted { $0.number < $1.number } }

    /// The number the next release gets.
    public var nextNumber: Int { (releases.last?.number ?? 0) + 1 }

    /// The files of a new release, with their paths under `releases/`, or nil when `diff` has no
    /// change and something was already published.
    /// - Throws: what `calendar` throws.
    /// - Parameters:
    ///   - calendar: the iCalendar text of a recipient's changed events (from the feed writer).
    ///   - input: the curriculum's file content (hashed into ``Release/input``).
    public func files(
        for diff: ScheduleDiff, input: [UInt8], schedule: Data, calendar: (Recipient, [ScheduleChange]) throws -> String
    ) throws -> (release: Release, files: [(path: String, data: Data)])? {
        guard diff.old == nil || !diff.isEmpty else { return nil }
        let report = ChangeReport(diff: diff)
        let number = nextNumber
        let release = Release(
            number: number, published: diff.new.published, summary: report.summary,
            input: "sha256:" + SHA256.hex(input), recipients: diff.recipients)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var files: [(String, Data)] = [
            ("\(number)/release.json", try encoder.encode(release) + Data("\n".utf8)),
            ("\(number)/schedule.json", schedule),
            ("\(number)/changes.txt", Data(report.text.utf8)),
        ]
        for recipient in diff.recipients {
            let notice = Notice(report: report, recipient: recipient, release: number)
            files.append(("\(number)/notices/\(recipient.fileStem).txt", Data(notice.text.utf8)))
            let ics = try calendar(recipient, diff.changes(for: recipient))
            files.append(("\(number)/notices/\(recipient.fileStem).eml", Data(notice.email(calendar: ics).utf8)))
        }
        return (release, files)
    }
}
