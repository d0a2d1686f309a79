import Curriculum

/// Hard: one trainer of a session's pool runs each occurrence and is available throughout it
/// (checker rule `trainer-availability`). A start is kept when some trainer of the pool is available
/// throughout it; each pool choice is allowed only at the starts its own trainer is (`Problem.choiceAllowed`).
struct TrainerPool: StartRestriction {
    let reason: UnplaceableEvent.Reason
    /// Availability of each trainer of the pool, by pool choice (see ``TrainerAvailability``).
    let available: [PeriodMask]

    init(session: Session, available: [PeriodMask]) {
        reason = .init(message: "no trainer of the pool is available at some times", location: session.location)
        self.available = available
    }

    func allows(start: Int, length: Int) -> Bool {
        available.contains { $0.containsAll(start: start, length: length) }
    }

    /// Whether pool choice `choice` may run the occurrence at `start`.
    func allows(choice: Int, start: Int, length: Int) -> Bool {
        available[choice].containsAll(start: start, length: length)
    }
}
