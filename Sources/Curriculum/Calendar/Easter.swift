/// The date of Easter Sunday in the Gregorian calendar.
public enum Easter {
    /// Easter Sunday of `year`, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher,
    /// J. Meeus, *Astronomical Algorithms*, 1991, ch. 8).
    ///
    /// - Parameter year: a Gregorian year (1583 or later for the result to be the churches' date).
    /// - Complexity: O(1).
    public static func sunday(year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)
    }
}
