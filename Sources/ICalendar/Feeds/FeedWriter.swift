public import Curriculum

/// Writes the iCalendar feeds of a published schedule (DESIGN.md §5).
///
/// ```swift
/// let stamp = FeedWriter.stamp(schedule: schedule, sourceDateEpoch: epoch)
/// let published = ScheduleRevision.revise(schedule, previous: previous, stamp: stamp) // write as schedule.json
/// for feed in try FeedWriter.feeds(schedule: schedule, programme: programme, previous: previous, sourceDateEpoch: epoch) {
///     // write feed.text to exports/<programme>/<feed.fileName>
/// }
/// ```
public struct FeedWriter {
    /// Every feed of the programme (see `Feed` for the file names), in a fixed order.
    ///
    /// Each event's UID is `<session>-<occurrence>@<programme>.cursus`. Its SEQUENCE and LAST-MODIFIED
    /// (also its DTSTAMP) come from `ScheduleRevision.revise(schedule, previous:, stamp:)`; an
    /// occurrence or block of `previous` that a feed no longer shows (removed, or moved to another
    /// trainer, room, cohort or venue) appears in that feed once more, with STATUS:CANCELLED and
    /// SEQUENCE + 1; so does, on every run, each of the schedule's `cancellations` (tombstones) in the
    /// feeds it applies to (the latest of an occurrence's, where the feed no longer shows it), and of its
    /// `cancelledBlocks` (removed all-day blocks); a trainer, room or cohort that only cancellations still
    /// name keeps its feed. Identical input gives identical bytes.
    ///
    /// Each feed is named by `FeedScope.title` (X-WR-CALNAME, at most 60 characters), gives the zone of
    /// its events as X-WR-TIMEZONE (none when they are in several), writes one CATEGORIES per event
    /// (the session's category, then its module's title) and, when the programme has a `contact`,
    /// METHOD:PUBLISH with an ORGANIZER (the organisers' names, `mailto:` the contact) in every event.
    /// - Parameters:
    ///   - previous: the schedule published last (its `schedule.json`), if any.
    ///   - sourceDateEpoch: the `SOURCE_DATE_EPOCH` environment value, if set: the time of this publication.
    /// - Throws: `ICalendarError.invalidTimestamp` when `published` (or a `lastModified`) is not ISO 8601,
    ///   `.unknownTimeZone` when the tzdata lacks a zone of the schedule.
    public static func feeds(schedule: Schedule, programme: Programme, previous: Schedule?, sourceDateEpoch: Int?) throws -> [Feed] {
        let stampText = try stamp(schedule: schedule, sourceDateEpoch: sourceDateEpoch)
        let stamp = try timestamp(stampText)
        let current = ScheduleRevision.revise(schedule, previous: previous, stamp: stampText)
        let former = previous ?? Schedule(
            programme: schedule.programme, title: schedule.title, language: schedule.language, published: stampText,
            seed: schedule.seed, cost: schedule.cost, entries: []
        )
        let zones = try ZoneCatalog(
            locations: (current.entries + former.entries).map { ($0.timezone, "session \($0.session)") }
                + [(FeedScope.programme.timezone(programme: programme), "programme \(programme.id)")]
        )
        let firstYear = ([programme.calendar.start] + (current.entries + former.entries).map(\.date)).min()?.year
            ?? programme.calendar.start.year

        let organizer = programme.contact.map { address in
            (name: programme.organisers.isEmpty ? programme.title : programme.organisers.joined(separator: ", "), address: "mailto:" + address)
        }
        var feeds: [Feed] = []
        let cancellations = current.cancellations ?? []
        for scope in FeedScope.all(of: programme, cancellations: cancellations) {
            var events: [FeedEvent] = []
            let shown = current.entries.filter(scope.includes)
            for entry in shown {
                events.append(FeedEvent(
                    entry, programme: programme, stamp: try timestamp(entry.lastModified ?? stampText),
                    cancelled: false, sequence: entry.sequence ?? 0
                ))
            }
            var shownKeys = Set(shown.map(\.key))
            var tombstones: [String: Cancellation] = [:]
            for cancellation in cancellations where scope.includes(cancellation.occurrence) && !shownKeys.contains(cancellation.occurrence.key) {
                let key = cancellation.occurrence.key
                if (tombstones[key]?.occurrence.sequence ?? -1) < (cancellation.occurrence.sequence ?? 0) { tombstones[key] = cancellation }
            }
            for cancellation in cancellations where tombstones[cancellation.occurrence.key] == cancellation {
                let entry = cancellation.occurrence
                events.append(FeedEvent(
                    entry, programme: programme, stamp: try timestamp(entry.lastModified ?? stampText), cancelled: true,
                    sequence: entry.sequence ?? 0, names: cancellation.names))
            }
            shownKeys.formUnion(tombstones.keys)
            for entry in former.entries where scope.includes(entry) && !shownKeys.contains(entry.key) {
                events.append(FeedEvent(entry, programme: programme, stamp: stamp, cancelled: true, sequence: (entry.sequence ?? 0) + 1))
            }
            let blocks = current.blocks.filter(scope.includes)
            for block in blocks {
                events.append(FeedEvent(
                    block, programme: programme, stamp: try timestamp(block.lastModified ?? stampText),
                    cancelled: false, sequence: block.sequence ?? 0
                ))
            }
            var blockIDs = Set(blocks.map(\.id))
            for block in current.cancelledBlocks ?? [] where scope.includes(block) && !blockIDs.contains(block.id) {
                events.append(FeedEvent(
                    block, programme: programme, stamp: try timestamp(block.lastModified ?? stampText),
                    cancelled: true, sequence: block.sequence ?? 0
                ))
                blockIDs.insert(block.id)
            }
            for block in former.blocks where scope.includes(block) && !blockIDs.contains(block.id) {
                events.append(FeedEvent(block, programme: programme, stamp: stamp, cancelled: true, sequence: (block.sequence ?? 0) + 1))
            }
            let title = scope.title(programme: programme)
            let document = CalendarDocument(
                name: title, fallbackTimezone: scope.timezone(programme: programme), events: events,
                organizer: organizer
            )
            feeds.append(Feed(
                fileName: scope.fileName(programme: programme), title: title,
                text: document.render(zones: zones, zonesFromYear: firstYear)
            ))
        }
        return feeds
    }

    /// The time of this publication, ISO 8601 UTC: `sourceDateEpoch` when given, else the schedule's `published`.
    /// - Throws: `ICalendarError.invalidTimestamp` when `published` is not ISO 8601.
    public static func stamp(schedule: Schedule, sourceDateEpoch: Int?) throws -> String {
        if let sourceDateEpoch { return UTCTimestamp(seconds: sourceDateEpoch).iso }
        return try timestamp(schedule.published).iso
    }

    private static func timestamp(_ text: String) throws -> UTCTimestamp {
        guard let timestamp = UTCTimestamp(iso: text) else { throw ICalendarError.invalidTimestamp(text) }
        return timestamp
    }
}
