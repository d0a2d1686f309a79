/// The booklet's page format, portrait.
public enum Paper: String, Hashable, Sendable, Codable, CaseIterable {
    /// 148 × 210 mm, the default: an A4 sheet folded in two.
    case a5
    /// 210 × 297 mm.
    case a4

    /// Width and height in PostScript points (1/72 inch).
    public var size: (width: Double, height: Double) {
        switch self {
        case .a5: (419.53, 595.28)
        case .a4: (595.28, 841.89)
        }
    }
}
