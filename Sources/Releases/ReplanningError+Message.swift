import Curriculum

extension ReplanningError: CustomStringConvertible {
    /// The message, with the occurrence and a hint.
    public var description: String {
        switch self {
        case let .frozenOccurrenceRemoved(entry, freezeText):
            return "session '\(entry.session)' occurrence \(entry.occurrence) ('\(entry.title)', \(entry.date) \(entry.startTime)) "
                + "is already published and frozen by --freeze-until \(freezeText), but the curriculum no longer has it; "
                + "restore it, or freeze an earlier date"
        }
    }
}
