import Curriculum
import ICalendar
import Presentation

/// Reads a curriculum as every command needs it: loaded and validated, with the iCalendar files it
/// refers to (closure calendars, trainers' busy calendars) and the previous schedules of its
/// `stability` preferences read in. Problems are printed.
enum ProgrammeReader {
    /// The programme, or nil when the file or a file it refers to has a problem, or when it asks for a
    /// language without labels (bad input, exit 2).
    static func read(_ file: String) -> Programme? {
        do {
            let programme = try PreviousSchedules.resolve(try ImportedCalendars.resolve(try CurriculumLoader().load(path: file)))
            let labelErrors = LabelError.check(programme)
            for error in labelErrors { Terminal.printError("\(error)") }
            return labelErrors.isEmpty ? programme : nil
        } catch let error as PreviousScheduleError {
            Terminal.printError(error.message)
            return nil
        } catch {
            Terminal.printError("\(error)")
            return nil
        }
    }
}
