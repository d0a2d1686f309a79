import Curriculum

/// Soft (preference `preferredTimes`): an occurrence of the session, or of any session the trainer runs,
/// that is not inside the preferred times in every period costs the weight (checker rule `preferred-times`).
struct PreferredTimes: TimePreference {
    let trainer: String?
    let session: String?
    let weight: Int
    /// Periods inside the preferred times (all when none are given).
    let inside: PeriodMask

    init(trainer: String?, session: String?, times: [TimeSpec], weight: Int, calendar: PeriodCalendar) {
        self.trainer = trainer
        self.session = session
        self.weight = weight
        inside = calendar.mask(available: times, unavailable: [])
    }

    func cost(start: Int, length: Int) -> Int { inside.containsAll(start: start, length: length) ? 0 : weight }
}
