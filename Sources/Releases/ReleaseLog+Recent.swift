public import Curriculum

extension ReleaseLog {
    /// One of the latest releases in words.
    public struct Summary: Hashable, Sendable {
        /// "Version 3 — dimanche 8 janvier 2023".
        public var title: String
        /// One line per change against the release before (``ChangeReport/programmeLines``), or
        /// "première publication" for the first.
        public var lines: [String]
        public var number: Int
    }

    /// The latest `count` of `published` (each release with its schedule), newest first, each
    /// described against the release before it.
    /// - Complexity: O(count × n log n) in the occurrences of a schedule.
    public static func recent(_ published: [(release: Release, schedule: Schedule)], count: Int = 3) -> [Summary] {
        let ordered = published.sorted { $0.release.number < $1.release.number }
        return ordered.indices.suffix(count).reversed().map { i in
            let (release, schedule) = ordered[i]
            let words = ReleaseWords(languageTag: schedule.language)
            let title = words.releaseTitle(release.number, date: LocalDate(iso: String(release.published.prefix(10))))
            guard i > 0 else { return Summary(title: title, lines: [words.firstPublication], number: release.number) }
            let report = ChangeReport(diff: ScheduleDiff(old: ordered[i - 1].schedule, new: schedule))
            return Summary(title: title, lines: report.programmeLines, number: release.number)
        }
    }
}
