import Booklet
import Curriculum
import Foundation
import ICalendar
import Releases
import Timetable

/// Everything a programme's export folder holds, made from a dated schedule: `schedule.json` (the
/// published state, with event sequences), `schedule.csv`, the `.ics` feeds, the HTML timetables and
/// the PDF booklet.
struct Publisher {
    var paper: Paper = .a5
    var timetable = TimetableOptions()
    var environment: [String: String] = ProcessInfo.processInfo.environment

    /// The schedule as published against `previous`: the publication time is kept when nothing
    /// changed (so unchanged input rewrites identical bytes), and event sequences are raised where
    /// a time, place or trainer changed; cancellations are kept in the feeds that held them
    /// (``Tombstones``) and the names of what the schedule mentions are recorded.
    func revise(_ schedule: Schedule, previous: Schedule?, programme: Programme) throws -> Schedule {
        var schedule = schedule
        let unchanged = ScheduleRevision.isUnchanged(schedule, since: previous) && previous?.cost == schedule.cost
        schedule.published = ScheduleFiles.publicationTime(previous: previous, unchanged: unchanged, environment: environment)
        let stamp = try FeedWriter.stamp(schedule: schedule, sourceDateEpoch: sourceDateEpoch)
        let revised = ScheduleRevision.revise(schedule, previous: previous, stamp: stamp)
        return Tombstones.carry(into: revised, previous: previous, programme: programme, stamp: stamp)
    }

    /// Adds every export of `published` (a revised schedule) to `exports`.
    func publish(_ published: Schedule, programme: Programme, previous: Schedule?, into exports: inout ExportDirectory) throws {
        try exports.add("schedule.json", ScheduleFiles.json(published))
        exports.add("schedule.csv", text: ScheduleFiles.csv(published))
        let feeds = try FeedWriter.feeds(schedule: published, programme: programme, previous: previous, sourceDateEpoch: sourceDateEpoch)
        for feed in feeds { exports.add(feed.fileName, text: feed.text) }
        for page in TimetableWriter.pages(schedule: published, programme: programme, feeds: feeds.map(\.fileName), options: timetable) {
            exports.add(page.fileName, text: page.html)
        }
        for warning in BookletWriter.warnings(programme: programme) { Terminal.printError(warning) }
        let pdf = try BookletWriter.pdf(schedule: published, programme: programme, paper: paper)
        exports.add("\(programme.id).pdf", Data(pdf))
    }

    private var sourceDateEpoch: Int? { environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) }
}
