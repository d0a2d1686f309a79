import Curriculum
import Releases

/// A programme read against its published `OUT/<programme>/schedule.json`: what `cursus solve` and
/// `cursus explain` both solve (with a stability preference, and the occurrences before
/// `--freeze-until` pinned), and the published schedule itself.
struct PublishedPlan {
    /// The programme the solver gets.
    var programme: Programme
    /// The published schedule, nil before the first publication.
    var previous: Schedule?

    /// Reads the published schedule of `written` under `out`; nil after printing a located error
    /// (a `schedule.json` that is not Cursus's, a frozen occurrence the file dropped, `--freeze-until`
    /// with nothing published).
    static func read(_ written: Programme, file: String, out: String, freeze: FreezeArgument?) -> PublishedPlan? {
        let exports = ExportDirectory(root: out, programme: written.id)
        let path = "\(out)/\(written.id)/schedule.json"
        let previous: Schedule?
        do {
            previous = try exports.previous("schedule.json").map(ScheduleFiles.read)
        } catch {
            Terminal.printError("\(path): error: not a Cursus schedule (\(error))")
            return nil
        }
        guard let previous else {
            if freeze != nil {
                Terminal.printError("\(path): error: nothing is published yet, so --freeze-until has nothing to freeze; solve once without it")
                return nil
            }
            return PublishedPlan(programme: written, previous: nil)
        }
        let replanning = Replanning(published: previous, path: path, freeze: freeze?.line, freezeText: freeze?.text ?? "")
        do {
            return PublishedPlan(programme: try replanning.programme(written), previous: previous)
        } catch {
            Terminal.printError("\(file): error: \(error)")
            return nil
        }
    }
}
