import Curriculum

/// A binary ordering rule between two events (precedence, first/last of programme, immediately after).
struct OrderArc: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// `a` ends at least `gapMinutes` (and `gapDays` dates) before `b` starts.
        case endBeforeStart(gapMinutes: Int32, gapDays: Int32)
        /// `b` does not start before `a` starts.
        case startNotBefore
        /// `b` does not end after `a` ends.
        case endNotAfter
        /// `b` starts in the period right after `a`'s last one.
        case immediatelyAfter
        /// `b` starts at most `days` dates after the date `a` ends on.
        case startWithinDays(days: Int32)
    }
    var a: Int32
    var b: Int32
    var kind: Kind
    var source: SourceLocation
}
