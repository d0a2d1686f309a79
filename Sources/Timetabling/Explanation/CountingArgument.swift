import Curriculum

/// A pigeonhole proof on a compiled problem: the occurrences that need one trainer, room or cohort
/// take more time, each at its shortest, than all the periods any of them may use hold together.
/// One resource serves one occurrence at a time, so no timetable of that problem exists.
///
/// It explains a conflict in a planner's terms ("'Séminaire 1' and 'Séminaire 2' need Chloé Durand
/// for at least 6 h; the times left to them hold 3 h 30"); it is stated only when the count holds.
struct CountingArgument: Hashable {
    /// The trainer's, room's or cohort's name.
    var resource: String
    /// Titles of the sessions concerned (with their id where titles repeat), in programme order.
    var sessions: [String]
    /// Their occurrences that need the resource.
    var occurrences: Int
    /// The shortest time the occurrences need, in minutes.
    var neededMinutes: Int
    /// The time of every period at least one of them may use, in minutes.
    var openMinutes: Int

    /// The sentence, e.g. "'A' and 'B' need Chloé Durand for at least 6 h; the times left to them hold
    /// 3 h 30"; past ``namedSessions`` sessions, their number instead of their titles.
    var sentence: String {
        let who = sessions.count > Self.namedSessions
            ? "\(sessions.count) sessions (\(occurrences) occurrences)" : PlainWords.list(sessions, "and")
        return "\(who) need \(resource) for at least \(Self.duration(neededMinutes)); "
            + "the times left to \(sessions.count == 1 && occurrences == 1 ? "it" : "them") hold \(Self.duration(openMinutes))"
    }

    /// Sessions named by title in a sentence; more are counted.
    static let namedSessions = 4

    /// The counting arguments that hold on `problem`, largest excess first (at most one per resource).
    static func all(in problem: Problem, programme: Programme) -> [CountingArgument] {
        let words = PlainWords(programme: programme)
        let resources = problem.resourceCount
        var need = Array(repeating: 0, count: resources)
        var events = Array(repeating: [Int](), count: resources)
        for e in 0..<problem.eventCount {
            let first = Int(problem.candOffsets[e]), end = Int(problem.candOffsets[e + 1])
            guard first < end else { continue }
            var shortest = Int.max
            for c in first..<end { shortest = min(shortest, minutes(problem, from: Int(problem.candPeriod[c]), count: Int(problem.candLength[c]))) }
            for i in Int(problem.fixedOffsets[e])..<Int(problem.fixedOffsets[e + 1]) {
                let r = Int(problem.fixedResources[i])
                need[r] += shortest
                events[r].append(e)
            }
        }
        var found: [(excess: Int, argument: CountingArgument)] = []
        for r in 0..<resources where events[r].count > 1 {
            var open = Array(repeating: false, count: problem.periodCount)
            for e in events[r] {
                for c in Int(problem.candOffsets[e])..<Int(problem.candOffsets[e + 1]) {
                    let start = Int(problem.candPeriod[c])
                    for p in start..<(start + Int(problem.candLength[c])) { open[p] = true }
                }
            }
            let available = open.indices.reduce(0) { $0 + (open[$1] ? minutes(problem, from: $1, count: 1) : 0) }
            guard need[r] > available else { continue }
            var sessions: [Int] = []
            for e in events[r] where !sessions.contains(Int(problem.eventSession[e])) { sessions.append(Int(problem.eventSession[e])) }
            let titles = sessions.sorted().map { words.session(problem.sessionIDs[$0]) }
            found.append((need[r] - available, CountingArgument(
                resource: name(of: r, problem: problem, programme: programme), sessions: titles, occurrences: events[r].count,
                neededMinutes: need[r], openMinutes: available)))
        }
        return found.sorted { ($0.excess, $1.argument.resource) > ($1.excess, $0.argument.resource) }.map(\.argument)
    }

    private static func minutes(_ problem: Problem, from period: Int, count: Int) -> Int {
        (period..<(period + count)).reduce(0) { $0 + Int(problem.periodAbsEnd[$1] - problem.periodAbsStart[$1]) }
    }

    private static func name(of resource: Int, problem: Problem, programme: Programme) -> String {
        let (trainers, rooms) = (problem.trainerCount, problem.roomCount)
        if resource < trainers {
            let id = problem.trainerIDs[resource]
            return programme.trainers.first { $0.id == id }?.name ?? id
        }
        if resource < trainers + rooms {
            let id = problem.roomIDs[resource - trainers]
            return programme.rooms.first { $0.id == id }?.name ?? id
        }
        let id = problem.cohortIDs[resource - trainers - rooms]
        return programme.cohorts.first { $0.id == id }?.name ?? id
    }

    /// `6 h`, `3 h 30`, `45 min`.
    static func duration(_ minutes: Int) -> String {
        switch (minutes / 60, minutes % 60) {
        case (0, let m): "\(m) min"
        case (let h, 0): "\(h) h"
        case (let h, let m): "\(h) h \(m < 10 ? "0" : "")\(m)"
        }
    }
}
