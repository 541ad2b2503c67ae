/// How well the blog covers a segment or a step.
public enum CoverageStatus: String, Sendable, Comparable {
    /// No article discusses it.
    case absent
    /// Articles touch on it, none is about it.
    case thin = "mince"
    /// At least one article is about it.
    case covered = "couvert"

    /// The French wording.
    public var label: String {
        switch self {
        case .absent: return "absent"
        case .thin: return "mince"
        case .covered: return "couvert"
        }
    }

    /// Gaps first: absent, then thin, then covered.
    public static func < (lhs: CoverageStatus, rhs: CoverageStatus) -> Bool { lhs.order < rhs.order }

    private var order: Int {
        switch self {
        case .absent: return 0
        case .thin: return 1
        case .covered: return 2
        }
    }
}
