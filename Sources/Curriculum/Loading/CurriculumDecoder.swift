internal import Foundation
internal import Yams

/// Reads a composed YAML tree into the model, reporting every structural problem (types, formats,
/// unknown and missing keys, local bounds) and recording in `map` what later checks need.
///
/// An element with a problem is left out of the result, so that it causes no follow-up errors,
/// but its id stays declared, so that references to it still resolve.
struct CurriculumDecoder {
    /// A mapping whose keys have been checked against the ones its kind accepts.
    struct Fields {
        var location: SourceLocation
        var context: String
        var entries: [(key: String, keyNode: Node, value: Node)]

        subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }

        /// The keys present among `keys`, in file order.
        func present(_ keys: [String]) -> [String] { entries.map(\.key).filter(keys.contains) }
    }

    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    var map = SourceMap()

    init(file: String) {
        self.file = file
    }

    // MARK: Reporting

    func location(of node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func report(_ problem: CurriculumProblem, at location: SourceLocation) {
        diagnostics.append(Diagnostic(location: location, problem: problem))
    }

    mutating func report(_ problem: CurriculumProblem, at node: Node) {
        report(problem, at: location(of: node))
    }

    mutating func invalid(_ node: Node, key: String, expected: ExpectedValue, suggestion: String? = nil) {
        report(.invalidValue(key: key, found: Self.describe(node), expected: expected, suggestion: suggestion), at: node)
    }

    /// Runs `body`, returning its result only when it reported no problem.
    mutating func clean<T>(_ body: (inout Self) -> T?) -> T? {
        let before = diagnostics.count
        let result = body(&self)
        return diagnostics.count == before ? result : nil
    }

    /// How a value appears in messages: the quoted text of a scalar, or its shape.
    static func describe(_ node: Node) -> String {
        switch node {
        case let .scalar(scalar):
            if scalar.style == .plain || scalar.style == .any, node.null != nil { return "nothing" }
            return "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    // MARK: Mappings

    /// The entries of a mapping value, reporting keys outside `allowed` (with a suggestion). The
    /// context names the element by its id when `named` and it has one ("session 'intro'"). Keys merged
    /// from an anchor are reported where the anchor's own mapping is read, not again here.
    mutating func fields(_ node: Node, key: String, context: String, allowed: [String], named: Bool = true) -> Fields? {
        guard case let .mapping(mapping) = node else {
            invalid(node, key: key, expected: .mapping)
            return nil
        }
        let pairs = merged(mapping)
        var context = context
        if named, allowed.contains("id"), let id = pairs.first(where: { $0.key.scalar?.string == "id" })?.value.scalar?.string {
            context += " '\(id)'"
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (keyNode, value, inherited) in pairs {
            let name = keyNode.scalar?.string ?? Self.describe(keyNode)
            if allowed.contains(name) {
                entries.append((name, keyNode, value))
            } else if !inherited {
                report(.unknownKey(name, context: context, suggestion: Suggestion.closest(to: name, among: allowed)), at: keyNode)
            }
        }
        return Fields(location: location(of: node), context: context, entries: entries)
    }

    /// The pairs of a mapping with YAML merge keys (`<<: *anchor`, `<<: [*a, *b]`) expanded: the
    /// mapping's own keys first, then the merged keys it does not state itself (`inherited`).
    mutating func merged(_ mapping: Node.Mapping) -> [(key: Node, value: Node, inherited: Bool)] {
        var own: [(key: Node, value: Node, inherited: Bool)] = []
        var inherited: [(key: Node, value: Node, inherited: Bool)] = []
        for (keyNode, value) in mapping {
            guard keyNode.scalar?.string == "<<" else {
                own.append((keyNode, value, false))
                continue
            }
            let sources: [Node] = if case let .sequence(sequence) = value { Array(sequence) } else { [value] }
            for source in sources {
                guard case let .mapping(inner) = source else {
                    invalid(source, key: "<<", expected: .mapping)
                    continue
                }
                inherited += merged(inner).map { ($0.key, $0.value, true) }
            }
        }
        var names = Set(own.compactMap { $0.key.scalar?.string })
        for pair in inherited {
            guard let name = pair.key.scalar?.string, names.insert(name).inserted else { continue }
            own.append(pair)
        }
        return own
    }

    /// The keys of a mapping node, without checking them (nil when not a mapping).
    static func keys(of node: Node) -> [String]? {
        guard case let .mapping(mapping) = node else { return nil }
        var keys: [String] = []
        for (key, value) in mapping {
            guard key.scalar?.string == "<<" else {
                keys += key.scalar.map { [$0.string] } ?? []
                continue
            }
            let sources: [Node] = if case let .sequence(sequence) = value { Array(sequence) } else { [value] }
            keys += sources.flatMap { Self.keys(of: $0) ?? [] }
        }
        var seen: Set<String> = []
        return keys.filter { seen.insert($0).inserted }
    }

    /// The value of an optional key, parsed by `parse`.
    mutating func optional<T>(_ fields: Fields, _ key: String, _ parse: (inout Self, Node, String) -> T?) -> T? {
        guard let node = fields[key] else { return nil }
        return parse(&self, node, key)
    }

    /// The value of a required key, reporting its absence.
    mutating func required<T>(_ fields: Fields, _ key: String, _ parse: (inout Self, Node, String) -> T?) -> T? {
        guard let node = fields[key] else {
            report(.missingKey(key, context: fields.context), at: fields.location)
            return nil
        }
        return parse(&self, node, key)
    }

    /// A list (or a single item standing for a one-item list); the items that parsed.
    mutating func list<T>(_ node: Node, _ key: String, _ parse: (inout Self, Node, String) -> T?) -> [T]? {
        guard case let .sequence(sequence) = node else {
            return parse(&self, node, key).map { [$0] }
        }
        return sequence.compactMap { parse(&self, $0, key) }
    }

    /// An optional list key; empty when absent.
    mutating func items<T>(_ fields: Fields, _ key: String, _ parse: (inout Self, Node, String) -> T?) -> [T] {
        optional(fields, key) { decoder, node, key in decoder.list(node, key, parse) } ?? []
    }

    // MARK: Scalars

    mutating func string(_ node: Node, _ key: String) -> String? {
        guard case let .scalar(scalar) = node, Self.describe(node) != "nothing" else {
            invalid(node, key: key, expected: .string)
            return nil
        }
        return scalar.string
    }

    /// An id: letters, digits, `-`, `_` and `.` (ids name export files and event UIDs).
    mutating func identifier(_ node: Node, _ key: String) -> String? {
        guard let id = string(node, key) else { return nil }
        guard !id.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }) else {
            invalid(node, key: key, expected: .identifier)
            return nil
        }
        return id
    }

    /// A BCP 47 language tag: a 2–3 letter language, then subtags of 1–8 letters or digits.
    mutating func language(_ node: Node, _ key: String) -> String? {
        guard let tag = string(node, key) else { return nil }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard valid else {
            invalid(node, key: key, expected: .language)
            return nil
        }
        return tag
    }

    /// An e-mail address: one `@` with text on both sides, a dot in the domain, no spaces.
    mutating func emailAddress(_ node: Node, _ key: String) -> String? {
        guard let address = string(node, key) else { return nil }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !address.contains(where: { $0.isWhitespace || $0.isNewline || "<>\"".contains($0) })
        else {
            invalid(node, key: key, expected: .emailAddress)
            return nil
        }
        return address
    }

    /// A decimal integer from `minimum` to `maximum` (by default ``CurriculumLimits/integer``).
    mutating func integer(_ node: Node, _ key: String, minimum: Int, maximum: Int = CurriculumLimits.integer) -> Int? {
        guard case let .scalar(scalar) = node, let value = Int(scalar.string) else {
            if let text = node.scalar?.string, text.count > 1, text.allSatisfy({ $0.isASCII && $0.isNumber }) {
                report(.tooLarge(key: key, value: text, maximum: maximum), at: node)
            } else {
                invalid(node, key: key, expected: .integer)
            }
            return nil
        }
        guard value >= minimum else {
            report(.tooSmall(key: key, value: value, minimum: minimum), at: node)
            return nil
        }
        guard value <= maximum else {
            report(.tooLarge(key: key, value: String(value), maximum: maximum), at: node)
            return nil
        }
        return value
    }

    /// `true` (the value of kinds that take no parameter).
    mutating func flag(_ node: Node, _ key: String) -> Bool? {
        guard node.bool == true else {
            invalid(node, key: key, expected: .flag)
            return nil
        }
        return true
    }

    /// `true` or `false`.
    mutating func boolean(_ node: Node, _ key: String) -> Bool? {
        guard let value = node.bool else {
            invalid(node, key: key, expected: .boolean)
            return nil
        }
        return value
    }

    /// A date that must lie inside the programme period.
    mutating func periodDate(_ node: Node, _ key: String) -> LocalDate? {
        let date = self.date(node, key)
        if let date { map.dates.append(.init(date: date, location: location(of: node))) }
        return date
    }

    mutating func date(_ node: Node, _ key: String) -> LocalDate? {
        guard case let .scalar(scalar) = node, let date = LocalDate(iso: scalar.string) else {
            invalid(node, key: key, expected: .date)
            return nil
        }
        return date
    }

    mutating func time(_ node: Node, _ key: String) -> TimeOfDay? {
        guard case let .scalar(scalar) = node, let time = TimeOfDay(text: scalar.string) else {
            invalid(node, key: key, expected: .time)
            return nil
        }
        return time
    }

    mutating func weekday(_ node: Node, _ key: String) -> Weekday? {
        guard case let .scalar(scalar) = node else {
            invalid(node, key: key, expected: .weekday)
            return nil
        }
        guard let weekday = Weekday(rawValue: scalar.string) else {
            let names = Weekday.allCases.map(\.rawValue)
            invalid(node, key: key, expected: .weekday, suggestion: Suggestion.closest(to: scalar.string, among: names))
            return nil
        }
        return weekday
    }

    mutating func country(_ node: Node, _ key: String) -> Country? {
        guard case let .scalar(scalar) = node, let country = Country(rawValue: scalar.string) else {
            let names = Country.allCases.map(\.rawValue)
            invalid(node, key: key, expected: .country, suggestion: node.scalar.flatMap { Suggestion.closest(to: $0.string, among: names) })
            return nil
        }
        return country
    }

    mutating func timezone(_ node: Node, _ key: String) -> String? {
        guard case let .scalar(scalar) = node else {
            invalid(node, key: key, expected: .timezone)
            return nil
        }
        guard TimeZone(identifier: scalar.string) != nil else {
            let suggestion = Suggestion.closest(to: scalar.string, among: TimeZone.knownTimeZoneIdentifiers)
            invalid(node, key: key, expected: .timezone, suggestion: suggestion)
            return nil
        }
        return scalar.string
    }

    /// A positive duration.
    mutating func duration(_ node: Node, _ key: String) -> SessionDuration? {
        guard case let .scalar(scalar) = node, let duration = SessionDuration(text: scalar.string) else {
            invalid(node, key: key, expected: .duration)
            return nil
        }
        guard duration.count > 0 else {
            report(.tooSmall(key: key, value: 0, minimum: 1), at: node)
            return nil
        }
        return duration
    }

    mutating func grain(_ node: Node, _ key: String) -> Grain? {
        if node.scalar?.string == "window" { return .window }
        guard case let .scalar(scalar) = node, case let .minutes(minutes)? = SessionDuration(text: scalar.string) else {
            invalid(node, key: key, expected: .grain)
            return nil
        }
        guard minutes > 0 else {
            report(.tooSmall(key: key, value: 0, minimum: 1), at: node)
            return nil
        }
        return .minutes(minutes)
    }

    /// An id referring to an element of `kind`, checked once every element is declared.
    func reference(_ kind: EntityKind) -> (inout Self, Node, String) -> String? {
        { decoder, node, key in
            guard let id = decoder.string(node, key) else { return nil }
            decoder.map.references.append(.init(kind: kind, id: id, location: decoder.location(of: node)))
            return id
        }
    }

    /// The id of an element of `kind`, declared for references and duplicate checks.
    mutating func declare(_ kind: EntityKind, _ fields: Fields) -> String? {
        required(fields, "id") { decoder, node, key in
            guard let id = decoder.identifier(node, key) else { return nil }
            decoder.map.declarations.append(.init(kind: kind, id: id, location: decoder.location(of: node)))
            return id
        }
    }

    /// Reports `lower` after `upper` (or equal when `strict`).
    mutating func checkOrder<T: Comparable & CustomStringConvertible>(
        _ fields: Fields, _ lowerKey: String, _ lower: T?, _ upperKey: String, _ upper: T?, strict: Bool
    ) {
        guard let lower, let upper, strict ? lower >= upper : lower > upper, let node = fields[upperKey] else { return }
        report(.reversedBounds(lowerKey: lowerKey, lower: lower.description, upperKey: upperKey, upper: upper.description, strict: strict), at: node)
    }
}
