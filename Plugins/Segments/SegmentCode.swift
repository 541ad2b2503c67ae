/// The nine building blocks of the Business Model Canvas, in canvas order (the order of segments.csv).
public enum SegmentCode: String, Sendable, CaseIterable, Comparable {
    case customerSegments = "CS"
    case valueProposition = "VP"
    case channels = "CH"
    case customerRelationships = "CR"
    case revenue = "R"
    case keyResources = "KR"
    case keyActivities = "KA"
    case keyPartners = "KP"
    case costs = "C"

    /// The French name of the block, as coaches write it.
    public var frenchName: String {
        switch self {
        case .customerSegments: return "clients"
        case .valueProposition: return "valeur apportée"
        case .channels: return "canaux"
        case .customerRelationships: return "relations client"
        case .revenue: return "revenus"
        case .keyResources: return "ressources clés"
        case .keyActivities: return "activités clés"
        case .keyPartners: return "partenaires clés"
        case .costs: return "coûts"
        }
    }

    /// The personal-canvas question of the block ("Business Model You").
    public var personalQuestion: String {
        switch self {
        case .customerSegments: return "qui vous aidez"
        case .valueProposition: return "votre contribution"
        case .channels: return "comment vous diffusez votre offre"
        case .customerRelationships: return "comment vous interagissez"
        case .revenue: return "ce que vous recevez"
        case .keyResources: return "vous et les moyens dont vous disposez"
        case .keyActivities: return "ce que vous faites"
        case .keyPartners: return "qui vous aide"
        case .costs: return "ce que vous donnez"
        }
    }

    /// Position in canvas order.
    public var index: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: SegmentCode, rhs: SegmentCode) -> Bool { lhs.index < rhs.index }
}
