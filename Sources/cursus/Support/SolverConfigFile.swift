import Foundation
import Timetabling

/// Reads a `--solver-config` file: a JSON object of tuning keys (docs/solver-config.md).
enum SolverConfigFile {
    /// The tuning the file at `path` sets (defaults for the keys it omits).
    /// - Throws: ``SolverConfigError`` naming the file (and the line and column of a bad key).
    static func read(_ path: String) throws(SolverConfigError) -> SolverOptions.Tuning {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            let reason = FileManager.default.fileExists(atPath: path) ? "\((error as NSError).localizedDescription)" : "no such file"
            throw .unreadable(file: path, reason: reason)
        }
        return try SolverOptions.Tuning(json: data, file: path)
    }
}
