public import Curriculum
import Foundation

/// Reads the iCalendar files a curriculum refers to and folds them into the programme, so that the
/// solver sees them as ordinary rules: each all-day event of a closure calendar becomes a named
/// closed date, and each busy time of a trainer's calendar becomes an unavailable time.
public enum ImportedCalendars {
    /// `programme` with its calendar files read in.
    ///
    /// Each busy time is located at its event's line in the calendar file and named by its SUMMARY
    /// (a free/busy period, which has neither, at the trainer). Busy times are converted to wall-clock times in the zone of the programme's first venue
    /// (the zone the importer also uses for floating times); an interval across midnight becomes
    /// one unavailable time per date.
    /// - Throws: `ICalendarError` naming the file and the component that cannot be read.
    public static func resolve(_ programme: Programme) throws -> Programme {
        var resolved = programme
        for closed in try CalendarImporter.closedDates(of: programme) {
            resolved.calendar.closures.append(Closure(
                kind: .period(name: closed.reason, from: closed.date, to: closed.date), venue: closed.venue,
                location: closed.source))
        }
        let zone = TimeZone(identifier: programme.venues.first?.timezone ?? "UTC") ?? TimeZone(identifier: "UTC")!
        for index in resolved.trainers.indices where resolved.trainers[index].busyCalendar != nil {
            let trainer = resolved.trainers[index]
            for interval in try CalendarImporter.busyIntervals(of: trainer, in: programme) {
                // Cited where the event is written, when its line is known.
                let location = interval.line.map { SourceLocation(file: trainer.busyCalendar ?? "", line: $0, column: 1) } ?? trainer.location
                resolved.trainers[index].unavailable += timeSpecs(
                    of: interval, zone: zone, location: location, within: programme.calendar.start...programme.calendar.end
                )
            }
        }
        return resolved
    }

    /// The dated wall-clock pieces of `interval` in `zone`, on the dates of `period` only (clipped
    /// first, so an event over ten thousand years costs the period's dates, not its own).
    static func timeSpecs(of interval: BusyInterval, zone: TimeZone, location: SourceLocation, within period: ClosedRange<LocalDate>) -> [TimeSpec] {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        func local(_ seconds: Int) -> (date: LocalDate, time: TimeOfDay) {
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
            return (LocalDate(year: parts.year!, month: parts.month!, day: parts.day!), TimeOfDay(hour: parts.hour!, minute: parts.minute!))
        }
        let first = local(interval.start), last = local(interval.end)
        guard first.date <= period.upperBound, last.date >= period.lowerBound else { return [] }
        return max(first.date, period.lowerBound).through(min(last.date, period.upperBound)).compactMap { date in
            let start = date == first.date ? first.time : TimeOfDay(minutes: 0)
            let end = date == last.date ? last.time : TimeOfDay(minutes: 1440)
            guard start < end else { return nil }
            return TimeSpec(dates: [date], start: start, end: end, location: location, event: interval.line == nil ? nil : interval.summary)
        }
    }
}
