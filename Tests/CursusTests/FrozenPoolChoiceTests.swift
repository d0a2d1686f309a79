import CursusTestSupport
import Foundation
import Testing

/// A frozen occurrence run by one trainer of a `trainer_pool` keeps that trainer when re-planned,
/// even when a new preference would have the solver hand it to another trainer of the pool.
@Suite struct FrozenPoolChoiceTests {
    static let programme = "echirolles-ateliers-2023"

    @Test func theTrainerChosenBeforeTheFreezeLineStays() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let file = folder.appendingPathComponent("\(Self.programme).yaml")
        let original = try String(contentsOf: PackageRoot.url.appendingPathComponent("curricula/\(Self.programme).yaml"), encoding: .utf8)
        try original.write(to: file, atomically: true, encoding: .utf8)
        let schedule = folder.appendingPathComponent("\(Self.programme)/schedule.json")
        func solve(_ extra: [String] = []) throws -> CommandRunner.Output {
            try CommandRunner.run(["solve", file.path, "--out", folder.path, "--iterations", "5000", "--threads", "1"] + extra)
        }
        /// The first occurrence of the published schedule: its key, ISO date and trainers.
        func first() throws -> (key: String, date: String, trainers: [String]) {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schedule)) as? [String: Any])
            let entry = try #require((json["entries"] as? [[String: Any]])?.first)
            let date = try #require(entry["date"] as? [String: Int])
            let iso = String(format: "%04d-%02d-%02d", date["year"]!, date["month"]!, date["day"]!)
            return (entry["key"] as! String, iso, entry["trainers"] as! [String])
        }
        #expect(try solve().status == 0)
        let published = try first()
        let trainer = try #require(published.trainers.first)
        let published1 = try Data(contentsOf: schedule)

        // The trainer now avoids that day, strongly: another trainer of the pool could take the workshop.
        let preferences = "preferences:\n"
        #expect(original.contains(preferences))
        let avoid = "  - {avoid_times: {trainer: \(trainer), times: {date: \(published.date)}}, weight: 50}\n"
        try original.replacingOccurrences(of: preferences, with: preferences + avoid).write(to: file, atomically: true, encoding: .utf8)
        // The freeze line: the day after that occurrence.
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withFullDate]
        let line = format.string(from: try #require(format.date(from: published.date)).addingTimeInterval(86_400))
        let frozen = try solve(["--freeze-until", line])
        #expect(frozen.status == 0, "\(frozen.standardError)")
        #expect(try first().key == published.key)
        #expect(try first().trainers == [trainer])

        // Without the freeze line the solver hands it over (so the freeze is what kept it).
        try published1.write(to: schedule)
        let free = try solve()
        #expect(free.status == 0, "\(free.standardError)")
        #expect(try first().trainers != [trainer])
    }
}
