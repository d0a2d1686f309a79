import Curriculum
import Testing

@Suite struct EasterTests {
    @Test(arguments: [
        (2022, "2022-04-17"), (2023, "2023-04-09"), (2024, "2024-03-31"), (2025, "2025-04-20"),
        (2026, "2026-04-05"), (2027, "2027-03-28"), (2000, "2000-04-23"), (2008, "2008-03-23"),
        (2011, "2011-04-24"), (2019, "2019-04-21"),
        // The extremes of the Gregorian range: 22 March and 25 April.
        (1818, "1818-03-22"), (2285, "2285-03-22"), (1943, "1943-04-25"), (2038, "2038-04-25"),
    ])
    func easterSunday(year: Int, expected: String) {
        let sunday = Easter.sunday(year: year)
        #expect(sunday.description == expected)
        #expect(sunday.weekday == .sunday)
    }
}
