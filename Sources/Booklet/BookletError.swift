/// Why a booklet could not be written.
public enum BookletError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Cairo reported an error (its message).
    case cairo(String)

    public var description: String {
        switch self {
        case .cairo(let message): "cannot write the PDF booklet: Cairo: \(message)"
        }
    }
}
