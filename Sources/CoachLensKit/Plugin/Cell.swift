/// A value in an output table; numbers stay numbers so each CSV dialect can format them.
public enum Cell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// A decimal, written with `digits` digits after the separator.
    case decimal(Double, digits: Int = 3)

    /// A 1 or 0 flag.
    public static func flag(_ value: Bool) -> Cell { .integer(value ? 1 : 0) }

    /// The numeric value, if any (for aggregation).
    public var number: Double? {
        switch self {
        case .text: return nil
        case let .integer(value): return Double(value)
        case let .decimal(value, _): return value
        }
    }
}
