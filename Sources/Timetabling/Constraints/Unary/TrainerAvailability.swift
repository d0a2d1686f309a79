import Curriculum

/// Hard: a trainer who runs every occurrence of a session is available throughout each of them: inside
/// the trainer's `available` times (any time when empty), meeting none of the `unavailable` ones
/// (checker rule `trainer-availability`).
struct TrainerAvailability: StartRestriction {
    let reason: UnplaceableEvent.Reason
    /// Periods in which the trainer is available.
    let available: PeriodMask

    init(trainer: Trainer, available: PeriodMask) {
        reason = .init(message: "trainer \(trainer.name) is not available at some times", location: trainer.location)
        self.available = available
    }

    /// The periods in which `trainer` is available, computed once per trainer.
    static func availablePeriods(of trainer: Trainer, in calendar: PeriodCalendar) -> PeriodMask {
        calendar.mask(available: trainer.available, unavailable: trainer.unavailable)
    }

    func allows(start: Int, length: Int) -> Bool { available.containsAll(start: start, length: length) }
}
