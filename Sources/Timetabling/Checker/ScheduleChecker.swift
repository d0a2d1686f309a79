public import Curriculum

/// Recomputes the hard violations and soft cost of a dated ``Schedule`` from the ``Programme``
/// alone: simple, slow and independent of the solver's incremental evaluation.
///
/// Every violation is a ``Penalty`` with its rule name, entities, plain message and source.
/// Times are checked piece by piece, a piece being one grain of an opening window (the whole
/// window with a `.window` grain), as the programme's grid defines them.
public enum ScheduleChecker {
    /// - Parameter calendar: the calendar the schedule was solved with (its `.ics` closures);
    ///   nil builds it from the programme.
    public static func check(_ schedule: Schedule, programme: Programme, calendar: TeachingCalendar? = nil) -> ScheduleCost {
        var context = CheckContext(schedule: schedule, programme: programme, calendar: calendar ?? TeachingCalendar(programme: programme))
        context.checkOccurrences()
        context.checkPlacement()
        context.checkClashes()
        context.checkRules()
        context.checkWeeklyLoads()
        context.checkLoadLimits()
        context.checkTravel()
        context.checkPreferences()
        let penalties = context.penalties
        let hard = penalties.filter(\.hard).reduce(0) { $0 + $1.cost }
        let soft = penalties.filter { !$0.hard }.reduce(0) { $0 + $1.cost }
        return ScheduleCost(hard: hard, soft: soft, penalties: penalties)
    }
}
