/// One of the three independent flags of framing.csv, with its columns and its French name.
public enum FramingFlag: String, Sendable, CaseIterable {
    /// A promise of results or of a result- or satisfaction-based refund: a risk to fix.
    case guarantee
    /// The client's (or narrator's) own commitment framed as what produces the result.
    case responsibility
    /// A failure or a lack of results blamed on others or on circumstances.
    case externalAttribution = "external_attribution"

    /// The flag's column, which is also the label of its findings.
    public var column: String { rawValue }

    /// The column holding the flag's hit count.
    public var hitsColumn: String {
        switch self {
        case .guarantee: return "guarantee_hits"
        case .responsibility: return "responsibility_hits"
        case .externalAttribution: return "external_hits"
        }
    }

    /// The flag's French name, for messages.
    public var frenchName: String {
        switch self {
        case .guarantee: return "promesse de garantie"
        case .responsibility: return "responsabilité du client"
        case .externalAttribution: return "attribution externe de l’échec"
        }
    }
}
