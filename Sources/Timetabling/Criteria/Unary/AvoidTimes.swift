import Curriculum

/// Soft (preference `avoidTimes`): an occurrence of the session, or of any session the trainer runs,
/// that meets the times to avoid in some period costs the weight (checker rule `avoid-times`).
struct AvoidTimes: TimePreference {
    let trainer: String?
    let session: String?
    let weight: Int
    /// Periods that meet none of the times to avoid.
    let clear: PeriodMask

    init(trainer: String?, session: String?, times: [TimeSpec], weight: Int, calendar: PeriodCalendar) {
        self.trainer = trainer
        self.session = session
        self.weight = weight
        clear = calendar.mask(available: [], unavailable: times)
    }

    func cost(start: Int, length: Int) -> Int { clear.containsAll(start: start, length: length) ? 0 : weight }
}
