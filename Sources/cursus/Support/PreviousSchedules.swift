import Curriculum
import Foundation

/// Reads the previous schedules that a curriculum's `stability` preferences name, into
/// ``Programme/previousSchedules``, so that the solver and the checker read no file. A path with
/// no file yet (nothing published) costs nothing; a file that exists but cannot be read, or is
/// no Cursus schedule, is bad input, located at the preference that names it.
enum PreviousSchedules {
    /// Previous schedules larger than this are refused before they are read (64 MiB).
    static let maximumBytes = 64 * 1024 * 1024

    /// `programme` with the schedules its `stability` preferences name.
    /// - Throws: ``PreviousScheduleError`` for the first file that cannot be read.
    static func resolve(_ programme: Programme) throws(PreviousScheduleError) -> Programme {
        var resolved = programme
        for preference in programme.preferences {
            guard case .stability(let path) = preference.kind, resolved.previousSchedules[path] == nil else { continue }
            do {
                let bytes = try InputFile.bytes(atPath: path, limit: maximumBytes)
                resolved.previousSchedules[path] = try ScheduleFiles.read(Data(bytes))
            } catch InputFileError.missing(_) {
                continue
            } catch let error as InputFileError {
                throw .unreadable(preference.location, path: path, reason: error.reason)
            } catch let DecodingError.dataCorrupted(context) {
                throw .unreadable(preference.location, path: path, reason: "not a Cursus schedule (\(context.debugDescription))")
            } catch is DecodingError {
                throw .unreadable(preference.location, path: path, reason: "not a Cursus schedule")
            } catch {
                throw .unreadable(preference.location, path: path, reason: (error as NSError).localizedDescription)
            }
        }
        return resolved
    }
}
