import Curriculum
import Foundation
import ICalendar
import Releases
import Timetable

/// Keeps a programme's `releases/` across exports and adds a release when a publication changed
/// something: the previous folder's `releases/` is copied into the new export, then the new
/// release's files (see ``ReleaseLog``), each recipient's notice calendar made by the feed writer.
struct ReleaseWriter {
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// The releases of the previous export, copied into `exports`, as a log.
    /// - Throws: when a `release.json` of the previous export cannot be read.
    func carry(into exports: inout ExportDirectory) throws -> ReleaseLog {
        let folder = exports.url.appendingPathComponent("releases", isDirectory: true)
        var releases: [Release] = []
        let paths = (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted()
        for path in paths {
            let url = folder.appendingPathComponent(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            let data = try Data(contentsOf: url)
            exports.add("releases/\(path)", data)
            if url.lastPathComponent == "release.json" { releases.append(try JSONDecoder().decode(Release.self, from: data)) }
        }
        return ReleaseLog(releases: releases)
    }

    /// Adds the release of `diff` (nil when nothing changed) to `exports`, after the carried `log`.
    func add(
        _ diff: ScheduleDiff, log: ReleaseLog, input: [UInt8], programme: Programme, into exports: inout ExportDirectory
    ) throws -> Release? {
        let json = try ScheduleFiles.json(diff.new)
        let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(Int.init)
        guard let made = try log.files(for: diff, input: input, schedule: json, calendar: { recipient, changes in
            try Self.calendar(of: recipient, changes: changes, schedule: diff.new, programme: programme, sourceDateEpoch: epoch)
        }) else { return nil }
        for file in made.files { exports.add("releases/\(file.path)", file.data) }
        return made.release
    }

    /// The latest releases for `index.html`: those of the previous export (their `schedule.json`
    /// read from it) and `latest`, just made, if any.
    /// - Throws: when a release's `schedule.json` of the previous export cannot be read.
    func recentChanges(log: ReleaseLog, latest: (Release, Schedule)?, exports: ExportDirectory, language: String) throws -> RecentChanges? {
        var published: [(release: Release, schedule: Schedule)] = []
        for release in log.releases.suffix(3) {
            guard let data = exports.previous("releases/\(release.number)/schedule.json") else { continue }
            published.append((release, try ScheduleFiles.read(data)))
        }
        if let latest { published.append(latest) }
        guard !published.isEmpty else { return nil }
        let releases = ReleaseLog.recent(published).map { summary in
            RecentChanges.Release(title: summary.title, lines: summary.lines, link: "releases/\(summary.number)/changes.txt")
        }
        return RecentChanges(heading: ReleaseWords(languageTag: language).changesHeading, releases: releases)
    }

    /// The iCalendar text of `recipient`'s changed events: the added and moved ones as now
    /// published, the cancelled ones as the feeds show them cancelled.
    static func calendar(
        of recipient: Recipient, changes: [ScheduleChange], schedule: Schedule, programme: Programme, sourceDateEpoch: Int?
    ) throws -> String {
        var changed = schedule
        changed.entries = []
        changed.blocks = []
        var cancellations: [Cancellation] = []
        for change in changes {
            switch change {
            case .added(let o), .moved(_, let o): changed.entries.append(o)
            case .cancelled(let o):
                let latest = (schedule.cancellations ?? []).filter { $0.occurrence.key == o.key && recipient.holds($0.occurrence) }
                    .max { ($0.occurrence.sequence ?? 0) < ($1.occurrence.sequence ?? 0) }
                cancellations.append(latest ?? Cancellation(occurrence: o, names: schedule.names ?? [:]))
            }
        }
        changed.cancellations = cancellations
        let feeds = try FeedWriter.feeds(schedule: changed, programme: programme, previous: nil, sourceDateEpoch: sourceDateEpoch)
        return feeds.first { $0.fileName == "\(recipient.fileStem).ics" }?.text ?? ""
    }
}
