@testable import Curriculum
import Testing

@Suite struct SessionDurationTextTests {
    @Test(arguments: [
        ("30min", SessionDuration.minutes(30)), ("90 min", .minutes(90)), ("2h", .minutes(120)), ("2 h", .minutes(120)),
        ("1h30", .minutes(90)), ("1h05min", .minutes(65)), ("0h45", .minutes(45)), ("1 half-day", .windows(1)),
        ("3 half-days", .windows(3)), ("2windows", .windows(2)), ("1 day", .days(1)), ("2 days", .days(2)), ("0min", .minutes(0)),
    ])
    func accepted(text: String, duration: SessionDuration) {
        #expect(SessionDuration(text: text) == duration)
    }

    @Test(arguments: ["", "min", "90", "90 minutes", "1 h 30", "1 h30", "1h60", "1h5x", "1h 30", "-30min", "2  days", "1.5h", "2 Days", "1h123"])
    func refused(text: String) {
        #expect(SessionDuration(text: text) == nil)
    }
}
