internal import Foundation
internal import Yams

/// Reads a curriculum file (see docs/curriculum-format.md) into a `Programme`, reporting every
/// problem of the file with its position.
public struct CurriculumLoader: Sendable {
    public init() {}

    /// Reads, parses and validates a file; all problems of the file in one error, sorted by position.
    public func load(path: String) throws(LoadFailure) -> Programme {
        switch Self.read(path: path) {
        case let .text(text):
            return try load(text: text, file: path)
        case let .problem(diagnostic):
            throw LoadFailure(diagnostics: [diagnostic])
        }
    }

    /// Parses and validates curriculum text; `file` names it in diagnostics and anchors relative paths.
    public func load(text: String, file: String) throws(LoadFailure) -> Programme {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw LoadFailure(diagnostics: [Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), problem: .emptyDocument)])
            }
            root = composed
            if let node = Self.firstNode(past: CurriculumLimits.expandedNodes, in: root) {
                let mark = node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) } ?? SourceLocation(file: file, line: 1, column: 1)
                throw LoadFailure(diagnostics: [Diagnostic(location: mark, problem: .expansionTooLarge(limit: CurriculumLimits.expandedNodes))])
            }
        } catch let failure as LoadFailure {
            throw failure
        } catch {
            throw LoadFailure(diagnostics: [Self.diagnostic(for: error, text: text, file: file)])
        }
        var decoder = CurriculumDecoder(file: file)
        guard let (programme, calendarIsValid) = decoder.programme(root) else {
            throw LoadFailure(diagnostics: decoder.diagnostics)
        }
        let validator = ProgrammeValidator(programme: programme, map: decoder.map, calendarIsValid: calendarIsValid)
        let diagnostics = decoder.diagnostics + validator.diagnostics()
        guard diagnostics.isEmpty else { throw LoadFailure(diagnostics: diagnostics) }
        return programme
    }

    /// The text of a file, or why it cannot be read.
    private enum Contents {
        case text(String)
        case problem(Diagnostic)
    }

    private static func read(path: String) -> Contents {
        do {
            return .text(try InputFile.text(atPath: path, limit: CurriculumLimits.fileBytes))
        } catch {
            if case let .notUTF8(location, byte) = error { return .problem(Diagnostic(location: location, problem: .notUTF8(byte: byte))) }
            return .problem(Diagnostic(location: SourceLocation(file: path, line: 1, column: 1), problem: .unreadableFile(path: path, reason: error.reason)))
        }
    }

    /// The node at which a walk of the document with every alias and merge key expanded passes
    /// `limit` nodes, or nil when the whole expanded document has at most `limit` nodes.
    /// - Complexity: O(min(limit, expanded size)): the walk stops at the limit, so a "billion laughs"
    ///   document is refused in linear time.
    static func firstNode(past limit: Int, in root: Node) -> Node? {
        // Nodes are counted when they are put on the stack, so the work done is at most `limit` pushes.
        var count = 1
        var pending = [root]
        while let node = pending.popLast() {
            switch node {
            case let .mapping(mapping):
                count += 2 * mapping.count
                if count > limit { return node }
                for (key, value) in mapping {
                    pending.append(key)
                    pending.append(value)
                }
            case let .sequence(sequence):
                count += sequence.count
                if count > limit { return node }
                pending += sequence
            case .scalar, .alias:
                break
            }
        }
        return nil
    }

    /// A YAML error from libyaml, at its position.
    private static func diagnostic(for error: any Error, text: String, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        func context(_ context: YamlError.Context?) -> String? {
            context.map { "\($0.text) at line \($0.mark.line), column \($0.mark.column)" }
        }
        switch error as? YamlError {
        case let .scanner(ctx, problem, mark, _), let .parser(ctx, problem, mark, _), let .composer(ctx, problem, mark, _):
            return Diagnostic(location: at(mark), problem: .syntax(problem: problem, context: context(ctx)))
        case let .duplicatedKeysInMapping(duplicates, ctx):
            return Diagnostic(location: at(ctx.mark), problem: .duplicateKeys(duplicates))
        case let .reader(problem, offset, _, _):
            let prefix = offset.map { String(text.prefix($0)) } ?? ""
            let line = prefix.count(where: { $0 == "\n" }) + 1
            let column = prefix.count - (prefix.lastIndex(of: "\n").map { prefix.distance(from: prefix.startIndex, to: $0) + 1 } ?? 0) + 1
            return Diagnostic(location: SourceLocation(file: file, line: line, column: column), problem: .syntax(problem: problem, context: nil))
        default:
            return Diagnostic(location: SourceLocation(file: file, line: 1, column: 1), problem: .syntax(problem: "\(error)", context: nil))
        }
    }
}
