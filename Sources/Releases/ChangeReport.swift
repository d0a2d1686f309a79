public import Curriculum

/// A ``ScheduleDiff`` in words, in the programme's language: times are the venue's local times.
///
/// ```
/// Yannick Blanc (intervenant·e)
///   déplacé : Comprendre le monde associatif
///     avant : lundi 16 janvier 2023, 14:00–17:30, Salle Ada Lovelace
///     désormais : mardi 17 janvier 2023, 09:00–12:30, Salle Ada Lovelace
/// ```
public struct ChangeReport: Sendable {
    public let diff: ScheduleDiff
    public let words: ReleaseWords

    public init(diff: ScheduleDiff) {
        self.diff = diff
        words = ReleaseWords(languageTag: diff.new.language)
    }

    /// Every change of the programme, one line each: what, from → to, room, trainers.
    public var programmeLines: [String] {
        diff.changes.map { change in
            switch change {
            case .added(let o): "\(words.added)\(words.colon) \(title(o)), \(place(o))"
            case .cancelled(let o): "\(words.cancelled)\(words.colon) \(title(o)), \(place(o))"
            case .moved(let a, let b): "\(words.moved)\(words.colon) \(title(a)), \(place(a)) → \(place(b))"
            }
        }
    }

    /// One English line: how many occurrences were added, moved and cancelled, and who is concerned.
    public var summary: String {
        var added = 0, moved = 0, cancelled = 0
        for change in diff.changes {
            switch change {
            case .added: added += 1
            case .moved: moved += 1
            case .cancelled: cancelled += 1
            }
        }
        guard !diff.isEmpty else { return "no change" }
        let people = Recipient.Kind.allCases.compactMap { kind -> String? in
            let n = diff.recipients.filter { $0.kind == kind }.count
            return n == 0 ? nil : "\(n) \(kind.rawValue)\(n == 1 ? "" : "s")"
        }
        return "\(moved) moved, \(added) added, \(cancelled) cancelled; concerned: \(people.joined(separator: ", "))"
    }

    /// The changes of one recipient, a heading then indented lines.
    public func section(for recipient: Recipient) -> [String] {
        ["\(recipient.name) (\(words.kind(recipient.kind)))"] + lines(for: recipient).map { "  " + $0 }
    }

    /// The changes of one recipient, without heading.
    public func lines(for recipient: Recipient) -> [String] {
        diff.changes(for: recipient).flatMap { change -> [String] in
            switch change {
            case .added(let o): ["\(words.added)\(words.colon) \(title(o))", "  \(place(o))"]
            case .cancelled(let o): ["\(words.cancelled)\(words.colon) \(title(o))", "  \(place(o))"]
            case .moved(let a, let b):
                ["\(words.moved)\(words.colon) \(title(a))", "  \(words.before)\(words.colon) \(place(a))",
                 "  \(words.after)\(words.colon) \(place(b))"]
            }
        }
    }

    /// Every recipient's section, separated by blank lines; the no-change sentence when nothing changed.
    public var text: String {
        guard !diff.isEmpty else { return words.noChange + "\n" }
        return diff.recipients.map { section(for: $0).joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    func title(_ o: ScheduledOccurrence) -> String {
        let session = diff.new.entries.first { $0.session == o.session } ?? o
        let count = (diff.new.entries + (diff.old?.entries ?? [])).filter { $0.session == o.session }.map(\.occurrence).max() ?? 1
        return count > 1 ? "\(session.title) (\(o.occurrence))" : session.title
    }

    /// "lundi 16 janvier 2023, 14:00–17:30, Salle Ada Lovelace, Yannick Blanc".
    func place(_ o: ScheduledOccurrence) -> String {
        let room = o.room.map { diff.names[ScheduleNames.room($0)] ?? $0 }
        let trainers = o.trainers.map { diff.names[ScheduleNames.trainer($0)] ?? $0 }
        return ([words.date(o.date) + ", \(o.startTime)–\(o.endTime)", room] + trainers.map(Optional.some))
            .compactMap { $0 }.joined(separator: ", ")
    }
}
