import FuzzSupport
import Curriculum
import Foundation
import ICalendar

/// libFuzzer entry: the bytes as a trainer's busy calendar and as a closure calendar, imported over
/// a school year (the importer reads files, so the bytes go to a temporary file first).
func fuzzCalendar(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let path = NSTemporaryDirectory() + "cursus-fuzz-\(getpid()).ics"
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes: data, count: count)) else { return 0 }
    defer { unlink(path) }
    let from = LocalDate(year: 2023, month: 9, day: 1)
    let to = LocalDate(year: 2024, month: 7, day: 31)
    _ = try? CalendarImporter.busyIntervals(path: path, from: from, to: to, timezone: "Europe/Paris")
    _ = try? CalendarImporter.closedDates(path: path, from: from, to: to)
    return 0
}

runFuzzer(fuzzCalendar)
